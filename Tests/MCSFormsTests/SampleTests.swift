import Foundation
import FormModels
import Testing
@testable import MCSForms

/// `render --sample FORM`: the form filled with its example and marked 記入例 on every page, for the
/// secretariat to send with the blank forms.
@Suite struct SampleTests {
    @Test(arguments: FormKindCases.all)
    func everyPageOfASampleIsMarked(_ form: String) throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("sample.pdf")
        let result = try ExternalTool.run(CLITests.binary, ["render", "--sample", form, "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let pdf = try Data(contentsOf: output)
        let pages = try #require(Int(ExternalTool.run("pdfinfo", [output.path]).output.split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? ""))
        for page in 1...pages {
            #expect(try PDFText(pdf: pdf, page: page).contains("記入例"), "\(form) page \(page)")
        }
        let example = try Fixtures.printer().print(contentsOf: ResourceLocation(root: Fixtures.root).sample(for: FormKind(rawValue: form)!))
        #expect(example.layout.pages.count == pages)
        #expect(!(try PDFText(pdf: example.pdf).contains("記入例")), "only the sample is marked")
    }

    @Test(arguments: [["--sample", "approval"], ["--sample", "approval", "--blank", "approval", "-o", "x.pdf"],
                      ["--sample", "approval", "Examples/approval.yaml", "-o", "x.pdf"], ["--sample", "notice", "-o", "x.pdf"]])
    func aSampleNeedsItsFormAloneAndAnOutput(_ arguments: [String]) throws {
        let result = try ExternalTool.run(CLITests.binary, ["render"] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.errors)")
    }
}
