import Foundation
@testable import MCSForms
import Testing

/// Every example and every blank form against its checked-in goldens: the layout dump (positions,
/// fonts, text) and the PNG pages. Re-record with `RECORD_GOLDENS=1 make test`, after looking at
/// the new pages.
@Suite struct GoldenTests {
    static let dpi = 60.0

    @Test(arguments: Fixtures.cases)
    func layoutDumpMatchesGolden(_ testCase: Fixtures.Case) throws {
        let printer = try Fixtures.printer(for: testCase)
        let dump = printer.dump(try Fixtures.print(testCase, with: printer))
        let url = Fixtures.goldens.appendingPathComponent("\(testCase.name)/layout.txt")
        if GoldenFile.recording {
            try GoldenFile.record(Data(dump.utf8), at: url)
            Issue.record("recorded \(url.path); run the tests again")
            return
        }
        let golden = try #require(GoldenFile.read(url), "no golden at \(url.path): record with RECORD_GOLDENS=1")
        let expected = String(decoding: golden, as: UTF8.self).split(separator: "\n")
        let actual = dump.split(separator: "\n")
        let firstDifference = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "line \((firstDifference?.offset ?? 0) + 1): expected «\(firstDifference?.element.0 ?? "")», got «\(firstDifference?.element.1 ?? "")»")
        #expect(expected.count == actual.count, "expected \(expected.count) lines, got \(actual.count)")
    }

    /// The PDF itself, byte for byte: any change of the code that is not meant to change the output
    /// (a refactoring, a faster path) must leave every example's and blank form's PDF as it was.
    @Test(arguments: Fixtures.cases)
    func pdfBytesMatchGolden(_ testCase: Fixtures.Case) throws {
        let printer = try Fixtures.printer(for: testCase)
        try digestMatchesGolden(FileHash.sha256(of: try Fixtures.print(testCase, with: printer).pdf), testCase, file: "pdf.sha256")
    }

    /// What the PDF holds whatever its compression: every object and every stream inflated, as qpdf
    /// writes them out (a fixed file identifier). A change of how streams are compressed changes the
    /// PDF's bytes but must leave this as it was: the same pages, text and fonts.
    @Test(arguments: Fixtures.cases)
    func inflatedObjectsMatchGolden(_ testCase: Fixtures.Case) throws {
        let printed = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let file = try Fixtures.temporaryFile(printed.pdf, suffix: ".pdf")
        let inflated = file.deletingPathExtension().appendingPathExtension("inflated.pdf")
        defer { for url in [file, inflated] { try? FileManager.default.removeItem(at: url) } }
        let qpdf = try ExternalTool.run("qpdf", ["--static-id", "--qdf", "--object-streams=disable", "--stream-data=uncompress",
                                                 "--decode-level=generalized", file.path, inflated.path])
        #expect(qpdf.status == 0, "\(qpdf.errors)")
        try digestMatchesGolden(FileHash.sha256(of: try Data(contentsOf: inflated)), testCase, file: "inflated.sha256")
    }

    private func digestMatchesGolden(_ digest: String, _ testCase: Fixtures.Case, file: String) throws {
        let url = Fixtures.goldens.appendingPathComponent("\(testCase.name)/\(file)")
        if GoldenFile.recording {
            try GoldenFile.record(Data((digest + "\n").utf8), at: url)
            Issue.record("recorded \(url.path); run the tests again")
            return
        }
        let golden = try #require(GoldenFile.read(url), "no golden at \(url.path): record with RECORD_GOLDENS=1")
        #expect(String(decoding: golden, as: UTF8.self) == digest + "\n", "\(file) changed")
    }

    @Test(arguments: Fixtures.cases)
    func pngPagesMatchGoldens(_ testCase: Fixtures.Case) throws {
        let printer = try Fixtures.printer(for: testCase)
        let pages = try printer.pngPages(try Fixtures.print(testCase, with: printer), dpi: Self.dpi)
        let folder = Fixtures.goldens.appendingPathComponent(testCase.name)
        if GoldenFile.recording {
            for (index, page) in pages.enumerated() {
                try GoldenFile.record(page, at: folder.appendingPathComponent("page-\(index + 1).png"))
            }
            Issue.record("recorded \(pages.count) pages in \(folder.path); look at them, then run the tests again")
            return
        }
        let goldenCount = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix("page-") && $0.hasSuffix(".png") }.count
        #expect(pages.count == goldenCount, "\(pages.count) pages, golden has \(goldenCount)")
        let comparison = ImageComparison()
        for (index, page) in pages.enumerated() {
            let url = folder.appendingPathComponent("page-\(index + 1).png")
            let golden = try #require(GoldenFile.read(url), "no golden at \(url.path): record with RECORD_GOLDENS=1")
            let outcome = try comparison.compare(golden, page)
            #expect(comparison.matches(outcome),
                    "page \(index + 1): \(outcome.differingPixels) of \(outcome.totalPixels) pixels differ (size same: \(outcome.sameSize))")
        }
    }
}
