import Foundation
import Testing
@testable import MCSForms

/// `--typeface ud`: a form set in the BIZ UD faces, the patient's copy of the consent form still one page.
@Suite struct TypefaceTests {
    @Test func theConsentFormInUDFacesEmbedsThemAndKeepsEachCopyOnOnePage() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("consent.pdf")
        let result = try ExternalTool.run(CLITests.binary, ["render", Fixtures.examples.appendingPathComponent("consent.yaml").path,
                                                             "--typeface", "ud", "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let fonts = try ExternalTool.run("pdffonts", [output.path]).output
        #expect(fonts.contains("BIZUDMincho-Regular") && fonts.contains("BIZUDGothic-Regular"), "\(fonts)")
        #expect(!fonts.contains("IPAex"), "\(fonts)")
        let standard = try Fixtures.printer().print(contentsOf: Fixtures.examples.appendingPathComponent("consent.yaml"))
        let ud = try FormPrinter(resources: ResourceLocation(root: Fixtures.root), typeface: "ud")
            .print(contentsOf: Fixtures.examples.appendingPathComponent("consent.yaml"))
        #expect(ud.layout.pages.map(\.template) == standard.layout.pages.map(\.template), "one page per copy")
        #expect(try PDFText(pdf: Data(contentsOf: output), page: 1).contains("患者様"))
    }

    @Test func anUnknownTypefaceNamesTheKnownOnes() throws {
        #expect(throws: (any Error).self) { _ = try FormPrinter(resources: ResourceLocation(root: Fixtures.root), typeface: "uud") }
        let result = try ExternalTool.run(CLITests.binary, ["render", "--blank", "consent", "--typeface", "uud", "-o", "/tmp/x.pdf"])
        #expect(result.status != 0 && result.errors.contains("書体 'uud' はありません（ud のいずれか）"), "\(result.errors)")
    }

    /// The standard typeface opens no BIZ UD file, so a standard print costs nothing more.
    @Test func theStandardTypefaceOpensOnlyItsOwnFaces() throws {
        let printer = try Fixtures.printer()
        #expect(!printer.faceNames.keys.contains("bizudm") && printer.faceNames.keys.contains("ipaexm"))
        let ud = try FormPrinter(resources: ResourceLocation(root: Fixtures.root), typeface: "ud")
        #expect(ud.faceNames.keys.contains("bizudm") && !ud.faceNames.keys.contains("ipaexm"))
    }
}
