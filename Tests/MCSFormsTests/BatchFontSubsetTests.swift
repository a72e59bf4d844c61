import Foundation
import FormLayout
import Testing
@testable import MCSForms

/// Faces cut down once per batch: drawn only where they hold every glyph, and the PDF stays searchable.
@Suite struct BatchFontSubsetTests {
    /// Subsets to the base characters and `extra` alone, or (`batch`) to what a batch of `extra` may print.
    static func subsets(_ extra: String, batch: Bool = false) throws -> FontSubsets {
        let manifest = try FontManifest.load(Fixtures.root.appendingPathComponent("Fonts/fonts.yaml"))
        let files = manifest.faces.mapValues { FontFile(path: $0.file, index: $0.index ?? 0) }
        let characters = batch
            ? try FontSubsets.characters(printing: [Fixtures.display().values(for: Fixtures.decoder().decode(extra))],
                                         templates: ResourceLocation(root: Fixtures.root).templates,
                                         ResourceLocation(root: Fixtures.root), profile: nil)
            : FontSubsets.baseCharacters.union(extra.unicodeScalars)
        return try FontSubsets(fonts: files, characters: characters)
    }

    @Test func aFaceMissingAGlyphIsKeptWholeForThatDocument() throws {
        let printer = try Fixtures.printer()
        let layout = try printer.layout(of: Fixtures.document("approval.yaml"))
        let substituted = try Self.subsets("").substituted(in: layout)
        #expect(substituted.fontFiles["ipaexm"] == layout.fontFiles["ipaexm"])
        #expect(substituted.fontFiles["dejavumono"] != layout.fontFiles["dejavumono"])
    }

    @Test func subsetFacesKeepTheTextSearchableAndTheFontsEmbedded() throws {
        let input = try String(contentsOf: Fixtures.examples.appendingPathComponent("approval.yaml"), encoding: .utf8)
        let printer = try Fixtures.printer()
        let subsets = try Self.subsets(input, batch: true)
        printer.fontSubsets = subsets
        let document = try Fixtures.decoder().decode(input)
        let layout = try printer.layout(of: document)
        let files = subsets.substituted(in: layout).fontFiles
        #expect(["ipaexm", "ipamjm", "dejavumono"].allSatisfy { files[$0]?.path.hasPrefix("/proc/self/fd/") == true })
        for path in files.values.map(\.path) where path.hasPrefix("/proc/self/fd/") {  // nameless: nothing left if killed
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path).hasSuffix(" (deleted)"), "\(path)")
        }
        let printed = try printer.print(document: document)
        let text = try PDFText(pdf: printed.pdf)
        #expect(text.contains("𠮷田") && text.contains("Rk7mPq2vXa9t") && text.contains("古川みどり診療所"))
        let file = try Fixtures.temporaryFile(printed.pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let fonts = try ExternalTool.run("pdffonts", [file.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains("yes yes yes") && $0.contains("+") })
    }

    /// Glyphs renumbered for the subset faces: the page rasterizes exactly as with the whole faces.
    @Test func subsetFacesDrawTheSamePage() throws {
        let input = try String(contentsOf: Fixtures.examples.appendingPathComponent("approval.yaml"), encoding: .utf8)
        let whole = try Fixtures.printer(), cut = try Fixtures.printer()
        cut.fontSubsets = try Self.subsets(input, batch: true)
        let document = try Fixtures.decoder().decode(input)
        let pdfs = [try whole.print(document: document).pdf, try cut.print(document: document).pdf]
        #expect(pdfs[0].count > pdfs[1].count + 5000)  // the whole faces keep their hinting
        let pages = try pdfs.map { pdf -> Data in
            let file = try Fixtures.temporaryFile(pdf, suffix: ".pdf")
            defer { try? FileManager.default.removeItem(at: file) }
            let prefix = file.deletingPathExtension().path
            _ = try ExternalTool.run("pdftoppm", ["-r", "100", "-gray", "-singlefile", file.path, prefix])
            defer { try? FileManager.default.removeItem(atPath: prefix + ".pgm") }
            return try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))
        }
        #expect(pages[0].count > 100_000)
        #expect(pages[0] == pages[1])
    }
}
