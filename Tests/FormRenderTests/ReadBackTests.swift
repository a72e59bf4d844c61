import Core
import Foundation
import FormLayout
import FormRender
import Testing

/// Issue 4's read-back checks on a justified paragraph, through `pdftotext -bbox-layout`.
@Suite struct ReadBackTests {
    let text = "本事業所において、「おおさき地区医介連ネットワークシステムの運用ポリシー及び運用ルール」を遵守し、MCSを利用する事業所及び利用者としての責任を理解の上、利用申し込み及び誓約いたします。患者さんの個人情報のやりとりは、前述した目的の範囲内で必要最小限の関係者及び内容にとどめ、情報提供の際は関係者以外には決して漏れることのないよう細心の注意を払います。"

    /// The printed lines: (xMin, xMax, text) of each `<line>` of the bbox output.
    func readLines() throws -> [(xMin: Double, xMax: Double, text: String)] {
        let url = try pdf(of: "{ kind: paragraph, x: 20, y: 30, width: 120, size: 10.5, firstIndent: 1, text: \"\(text)\" }")
        let xml = try run("pdftotext", ["-bbox-layout", url.path, "-"]).output
        return xml.components(separatedBy: "<line ").dropFirst().map { line in
            func attribute(_ name: String) -> Double {
                let start = line.range(of: "\(name)=\"")!.upperBound
                return Double(line[start...].prefix { $0 != "\"" })!
            }
            let words = line.components(separatedBy: "<word ").dropFirst().map {
                $0[$0.index(after: $0.firstIndex(of: ">")!)...].prefix { $0 != "<" }
            }
            return (attribute("xMin"), attribute("xMax"), words.joined())
        }
    }

    @Test func justifiedLinesEndAtTheSameXAndKinsokuHolds() throws {
        let lines = try readLines()
        #expect(lines.count >= 4)
        // The ink edge: a line-end 」、。 has no half em after it (JLReq 3.1.9).
        let right = lines.dropLast().map { "」、。".contains($0.text.last!) ? $0.xMax - 5.25 : $0.xMax }
        #expect(right.max()! - right.min()! <= 0.5, "\(right)")
        #expect(lines.last!.xMax < right.min()!)
        for line in lines {
            #expect(!"、。，．）」』】・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ".contains(line.text.first!), "\(line.text)")
            #expect(!"（「『【".contains(line.text.last!), "\(line.text)")
            #expect(line.xMin >= pt(8) && line.xMax <= 595.276 - pt(8))
        }
        #expect(lines.map(\.text).joined() == text)
    }

    func pt(_ millimetres: Double) -> Double { millimetres * 72 / 25.4 }

    /// Lays out a one-page template of `element` (a YAML flow mapping) and writes its PDF.
    func pdf(of element: String, values: DisplayValues = DisplayValues()) throws -> URL {
        let template = try TemplateFile.template(file: "test.yaml", text: """
            form: test
            metadata: { title: [読み返し], subject: [], author: [] }
            pages:
              - id: p
                elements:
                  - \(element)
            """)
        let document = try LayoutEngine(fonts: testFonts).layout(template: template, values: values)
        let url = try temporaryDirectory().appendingPathComponent("read-back.pdf")
        try AtomicFileWriter.write(try PDFRenderer().pdf(document, creationDate: "2026-11-24T09:00:00+09:00"), to: url)
        return url
    }

    /// Stack notes §5, §8, §9: pdftotext gives back an IVS as base + selector (葛 U+E0100 drawn
    /// from IPAex, 邉 U+E0110 from IPAmj) and the compatibility ideographs U+FA10 and U+F9DC as
    /// themselves, never normalised to U+585A and U+9686.
    @Test func variationSequencesAndCompatibilityIdeographsReadBackExactly() throws {
        let names = "\u{845B}\u{E0100}西 渡\u{9089}\u{E0110} \u{FA10}本 \u{F9DC}一"
        let url = try pdf(of: "{ kind: field, bind: name, x: 20, y: 30, width: 150, height: 8 }",
                          values: DisplayValues(fields: ["name": names]))
        let text = try run("pdftotext", ["-raw", "-enc", "UTF-8", url.path, "-"]).output
        let scalars = text.unicodeScalars.filter { $0 != " " && $0 != "\n" && $0 != "\u{C}" }.map(\.value)
        #expect(scalars == names.unicodeScalars.filter { $0 != " " }.map(\.value))
    }
}
