import Foundation
import FormLayout
import MCSForms
import Testing

/// A label set with 均等割付 (事業所名 spread over its cell) reads back as one word, in the form's reading
/// order, in every reader we know of: poppler's text in reading order and in layout, MuPDF's text, and
/// poppler's structure tree. Before, `pdftotext` of the blank 退会届 gave `事 業 氏 所 名 名`.
@Suite struct SpreadLabelReadBackTests {
    /// The readers, each with the command that prints a PDF's text.
    static let readers: [(name: String, tool: String, arguments: [String])] = [
        ("pdftotext", "pdftotext", ["-enc", "UTF-8"]),
        ("pdftotext -layout", "pdftotext", ["-layout", "-enc", "UTF-8"]),
        ("mutool", "mutool", ["draw", "-q", "-F", "txt", "-o", "-"]),
        ("pdfinfo -struct-text", "pdfinfo", ["-struct-text"]),
    ]

    @Test(arguments: Fixtures.cases.filter { !Self.spreadLabels(in: $0).isEmpty })
    func everySpreadLabelIsReadWholeInOrder(_ testCase: Fixtures.Case) throws {
        let printed = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let labels = Self.spreadLabels(of: printed.layout)
        let file = try Fixtures.temporaryFile(printed.pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        for reader in Self.readers {
            let trailing = reader.tool == "pdftotext" ? [file.path, "-"] : [file.path]
            let text = try ExternalTool.run(reader.tool, reader.arguments + trailing).output
            var rest = Substring(text)
            for label in labels {
                guard let found = rest.range(of: label) else {
                    Issue.record("\(reader.name): «\(label)» is not read whole after what comes before it")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
    }

    /// The forms with spread labels: the application's 住所 and the withdrawal's 事業所名, 氏名, 連絡先電話番号.
    @Test func theApplicationAndTheWithdrawalHaveSpreadLabels() throws {
        let withdrawal = try #require(Fixtures.cases.first { $0.name == "blank-withdrawal" })
        let application = try #require(Fixtures.cases.first { $0.name == "blank-application" })
        #expect(Self.spreadLabels(in: withdrawal) == ["事業所名", "氏名", "連絡先電話番号"])
        #expect(Self.spreadLabels(in: application) == ["住所"])
    }

    static func spreadLabels(in testCase: Fixtures.Case) -> [String] {
        guard let printed = try? Fixtures.print(testCase, with: try Fixtures.printer(for: testCase)) else { return [] }
        return spreadLabels(of: printed.layout)
    }

    static func spreadLabels(of layout: LaidOutDocument) -> [String] {
        layout.pages.flatMap(\.items).compactMap { if case .text(let run) = $0, run.isSpread { run.text } else { nil } }
    }
}
