import Foundation
import FormLayout
import FormRender
import Testing

/// The PDF: deterministic, searchable, fonts embedded as subsets, structurally clean.
@Suite struct PDFRendererTests {
    let date = "2026-11-24T09:00:00+09:00"

    func writePDF() throws -> URL {
        let data = try PDFRenderer().pdf(try sampleDocument(), creationDate: date)
        let url = try temporaryDirectory().appendingPathComponent("sample.pdf")
        try AtomicFileWriter.write(data, to: url)
        return url
    }

    @Test func sameDocumentGivesTheSameBytes() throws {
        let document = try sampleDocument()
        let first = try PDFRenderer().pdf(document, creationDate: date)
        let second = try PDFRenderer().pdf(document, creationDate: date)
        #expect(first.count > 1000)
        #expect(first == second)
    }

    @Test func textComesBackExactly() throws {
        let text = try run("pdftotext", ["-raw", "-enc", "UTF-8", try writePDF().path, "-"]).output
        for name in ["𠮷田", "髙橋", "山\u{FA11}", "渡\u{9089}", "\u{FA10}子", "<別紙様式2>", "印", "OSK-001l"] {
            #expect(text.contains(name), "\(name)")
        }
        #expect(text.unicodeScalars.contains("\u{FA10}"))
        #expect(text.contains("利用申し込み及び誓約いたします。"))
        #expect(text.contains("大崎市民病院附属診療所"))  // condensed (長体) and shrunk
    }

    @Test func fontsAreEmbeddedSubsets() throws {
        let lines = try run("pdffonts", [try writePDF().path]).output.split(separator: "\n").dropFirst(2)
        let names = lines.compactMap { $0.split(separator: " ").first }
        #expect(names.contains { $0.hasSuffix("+IPAmjMincho") })
        #expect(names.contains { $0.hasSuffix("+IPAexMincho") })
        #expect(names.contains { $0.hasSuffix("+DejaVuSansMono") })
        for line in lines {
            let columns = line.split(separator: " ")
            #expect(columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes", "\(line)")
        }
    }

    /// Issue 4: read back with `mutool draw -F stext`, 𠮷 is drawn with IPAmj明朝.
    @Test func yoshiIsDrawnWithIPAmj() throws {
        let stext = try temporaryDirectory().appendingPathComponent("page.xml")
        _ = try run("mutool", ["draw", "-q", "-F", "stext", "-o", stext.path, try writePDF().path, "1"])
        let xml = try String(contentsOf: stext, encoding: .utf8)
        let before = try #require(xml.range(of: "c=\"&#x20bb7;\"")).lowerBound
        let font = try #require(xml[..<before].range(of: "<font name=\"", options: .backwards)).upperBound
        #expect(xml[font...].hasPrefix("IPAmjMincho"))
    }

    /// Issue 4: tagged for reading order: one Document, headings, paragraphs, tables.
    @Test func pdfIsTaggedInReadingOrder() throws {
        let url = try writePDF()
        #expect(try run("pdfinfo", [url.path]).output.contains("Tagged:          yes"))
        let tree = try run("pdfinfo", ["-struct-text", url.path]).output
        let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.filter { $0 == "Document" }.count == 1)
        let order = ["H1 (block)", "\"利用承認連絡書\"", "P (block)", "Table (block)", "TR", "TH", "\"NO\"", "TD", "\"1\"",
                     "TD", "Ruby (inline)", "RB", "\"𠮷田　太郎\"", "RT", "\"やまだ\""]
        var position = lines.startIndex
        for expected in order {
            let found = lines[position...].firstIndex(of: expected)
            #expect(found != nil, "\(expected)")
            position = found ?? position
        }
    }

    @Test func structureIsClean() throws {
        let url = try writePDF()
        #expect(try run("qpdf", ["--check", url.path]).status == 0)
        let info = Dictionary(try run("pdfinfo", [url.path]).output.split(separator: "\n").compactMap { line in
            line.firstIndex(of: ":").map { (String(line[..<$0]), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces)) }
        }) { first, _ in first }
        #expect(info["Title"] == "利用承認連絡書")
        #expect(info["Subject"] == "大崎市民病院附属診療所")
        #expect(info["Author"] == "大崎市医師会")
        #expect(info["Creator"] == "mcs-forms")
        #expect(info["Pages"] == "2")
        #expect(info["Page size"] == "595.276 x 841.89 pts (A4)")
        #expect(info["CreationDate"]?.contains("2026") == true)
    }

    @Test func pngPageHasTheSizeOfA4AtTheGivenResolution() throws {
        let png = try PDFRenderer().png(try sampleDocument(), page: 0, dpi: 72)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        func bigEndian(_ offset: Int) -> Int { png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(bigEndian(16) == 595 && bigEndian(20) == 842)
        let high = try PDFRenderer().png(try sampleDocument(), page: 1, dpi: 150)
        #expect(high[16..<24] == Data([0, 0, 0x04, 0xD8, 0, 0, 0x06, 0xDA]))  // 1240 × 1754
    }
}
