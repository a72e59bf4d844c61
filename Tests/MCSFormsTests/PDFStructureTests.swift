import Foundation
import MCSForms
import Testing

/// Every PDF is A4, embeds subsets of all its fonts, passes `qpdf --check`, opens silently in
/// poppler and Ghostscript, and is byte-identical when rendered twice.
@Suite struct PDFStructureTests {
    @Test(arguments: Fixtures.cases)
    func pdfIsSoundA4WithEmbeddedSubsets(_ testCase: Fixtures.Case) throws {
        let printed = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let file = try Fixtures.temporaryFile(printed.pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }

        let info = try ExternalTool.run("pdfinfo", [file.path])
        #expect(info.output.contains("Page size:       595.276 x 841.89 pts (A4)"), "\(info.output)")
        #expect(info.output.contains("Pages:           \(printed.layout.pages.count)\n"))
        #expect(info.output.contains("Title:"))

        let fonts = try ExternalTool.run("pdffonts", [file.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        let hasSpreadLabels = printed.layout.pages.contains { $0.items.contains { if case .text(let run) = $0 { run.isSpread } else { false } } }
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            let flags = columns.suffix(5).prefix(3)
            if line.contains(" Type 3 ") {
                // The spread labels' font (均等割付): drawings of the faces' outlines, one glyph per label.
                #expect(hasSpreadLabels && flags.first == "yes" && flags.last == "yes", "not embedded+unicode: \(line)")
                continue
            }
            #expect(Array(flags) == ["yes", "yes", "yes"], "not embedded+subset+unicode: \(line)")
            #expect(columns.first?.contains("+") == true, "not a subset: \(line)")
        }

        let qpdf = try ExternalTool.run("qpdf", ["--check", file.path])
        #expect(qpdf.status == 0 && qpdf.errors.isEmpty, "\(qpdf.output)\(qpdf.errors)")

        let poppler = try ExternalTool.run("pdftoppm", ["-r", "20", "-png", file.path, file.path + "-ppm"])
        #expect(poppler.status == 0 && poppler.errors.isEmpty, "\(poppler.errors)")
        let ghostscript = try ExternalTool.run("gs", [
            "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFSTOPONERROR", "-dPDFSTOPONWARNING",
            "-sDEVICE=nullpage", file.path,
        ])
        #expect(ghostscript.status == 0 && ghostscript.output.isEmpty && ghostscript.errors.isEmpty,
                "\(ghostscript.output)\(ghostscript.errors)")
        for page in 1...printed.layout.pages.count {
            let suffix = printed.layout.pages.count >= 10 ? String(format: "%02d", page) : "\(page)"
            try? FileManager.default.removeItem(atPath: "\(file.path)-ppm-\(suffix).png")
        }
    }

    /// Every PDF asks viewers to print at actual size (the boxes are sized for handwriting), to show its
    /// title, and says it is in Japanese; read back by qpdf from the compressed object stream.
    @Test(arguments: Fixtures.cases)
    func viewersPrintAtActualSizeAndShowTheTitle(_ testCase: Fixtures.Case) throws {
        let printed = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let catalog = try Self.catalog(of: printed.pdf)
        #expect(catalog.contains("/PrintScaling /None") && catalog.contains("/DisplayDocTitle true"), "\(catalog)")
        #expect(catalog.contains("/Lang (ja)") && !catalog.contains("/Duplex"), "\(catalog)")
    }

    /// The label-and-value grids read as tables with header cells: a screen reader reads 事業所名 with its
    /// value (poppler's structure tree, as `pdfinfo -struct-text` prints it).
    @Test(arguments: [("application.yaml", ["事業所名：", "郵便番号：〒", "電話番号：", "申請代表者　氏名："], "古川みどり診療所"),
                      ("withdrawal.json", ["事業所名", "氏名", "連絡先電話番号"], "古川みどり診療所"),
                      ("consent.yaml", ["氏名", "住所", "続柄"], "古川 花子")])
    func labelsAndValuesAreReadAsTables(_ example: String, labels: [String], value: String) throws {
        let printed = try Fixtures.printer().print(contentsOf: Fixtures.examples.appendingPathComponent(example))
        let file = try Fixtures.temporaryFile(printed.pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let tree = try ExternalTool.run("pdfinfo", ["-struct-text", file.path]).output.split(separator: "\n").map(String.init)
        for label in labels {
            let at = try #require(tree.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "\"\(label)\"" }, "\(label) not in the tree")
            let enclosing = tree[..<at].reversed().map { $0.trimmingCharacters(in: .whitespaces) }.prefix(3)
            #expect(enclosing.contains("TH"), "\(label) is not a header cell: \(Array(enclosing))")
        }
        let valueAt = try #require(tree.firstIndex { $0.contains("\"\(value)\"") })
        #expect(tree[..<valueAt].reversed().prefix(3).contains { $0.trimmingCharacters(in: .whitespaces) == "TD" })
    }

    /// Everything a page paints is either content of the structure tree (marked with its MCID) or an
    /// artifact: the rules and boxes, read as qpdf writes the pages' content, one operator per line.
    @Test(arguments: Fixtures.cases)
    func rulesAndBoxesAreArtifacts(_ testCase: Fixtures.Case) throws {
        let printed = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let file = try Fixtures.temporaryFile(printed.pdf, suffix: ".pdf")
        let expanded = file.deletingPathExtension().appendingPathExtension("qdf.pdf")
        defer { for url in [file, expanded] { try? FileManager.default.removeItem(at: url) } }
        _ = try ExternalTool.run("qpdf", ["--qdf", "--object-streams=disable", file.path, expanded.path])
        let qdf = String(decoding: try Data(contentsOf: expanded), as: UTF8.self)
        let pages = qdf.components(separatedBy: "%% Contents for page ").dropFirst()
        #expect(pages.count == printed.layout.pages.count)
        var artifacts = 0
        for page in pages {
            let content = page.components(separatedBy: "\nstream\n").dropFirst().first?.components(separatedBy: "\nendstream").first ?? ""
            var open: [String] = []
            for line in content.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let operation = words.last.map(String.init) else { continue }
                switch operation {
                case "BDC", "BMC":
                    open.append(String(words.first ?? ""))
                    if words.first == "/Artifact" { artifacts += 1 }
                case "EMC": _ = open.popLast()
                case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do":
                    #expect(open.last == "/Artifact", "\(line) paints outside an artifact")
                case "Tj", "TJ", "'", "\"":
                    #expect(!open.isEmpty, "\(line) shows text outside marked content")
                default: break
                }
            }
            #expect(open.isEmpty, "marked content left open")
        }
        #expect(artifacts > 0)
    }

    /// The seal is a figure of the structure tree whose alternate text is 印.
    @Test(arguments: ["application.yaml", "consent.yaml"])
    func theSealIsAFigureRead印(_ example: String) throws {
        let printed = try Fixtures.printer().print(contentsOf: Fixtures.examples.appendingPathComponent(example))
        let file = try Fixtures.temporaryFile(printed.pdf, suffix: ".pdf")
        let expanded = file.deletingPathExtension().appendingPathExtension("qdf.pdf")
        defer { for url in [file, expanded] { try? FileManager.default.removeItem(at: url) } }
        _ = try ExternalTool.run("qpdf", ["--qdf", "--object-streams=disable", file.path, expanded.path])
        let objects = String(decoding: try Data(contentsOf: expanded), as: UTF8.self).components(separatedBy: "endobj")
        let figures = objects.filter { $0.contains("/S /Figure") }
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { $0.contains("/Alt <feff5370>") }, "\(figures)")
    }

    /// The catalog dictionary of a PDF, as qpdf shows it.
    static func catalog(of pdf: Data) throws -> String {
        let file = try Fixtures.temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let trailer = try ExternalTool.run("qpdf", ["--show-object=trailer", file.path]).output
        let root = try #require(trailer.split(separator: " ").drop { $0 != "/Root" }.dropFirst().first)
        return try ExternalTool.run("qpdf", ["--show-object=\(root)", file.path]).output
    }

    @Test(arguments: Fixtures.cases)
    func renderingTwiceGivesTheSameBytes(_ testCase: Fixtures.Case) throws {
        let first = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let second = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        #expect(first.pdf == second.pdf)
    }
}
