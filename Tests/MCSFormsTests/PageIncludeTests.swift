import Core
import Foundation
import FormDisplay
import FormInput
import FormLayout
import Testing
@testable import MCSForms

/// Pages a template keeps in a file of their own (`include:`): read only when their condition holds,
/// checked like a template when they are, and only ever a file of the template's own folder.
@Suite struct PageIncludeTests {
    static let approval = Fixtures.examples.appendingPathComponent("approval.yaml")

    /// A folder holding the shipped approval template, `edit`ed, and the shipped cover letter, `editCover`ed
    /// (left out when `editCover` gives nil), as `--templates DIR` would give them.
    static func templates(editing edit: (String) -> String = { $0 }, cover editCover: (String) -> String? = { $0 }) throws -> URL {
        let folder = try CLITests.scratchFolder()
        let shipped = Fixtures.root.appendingPathComponent("Templates")
        let approval = try String(contentsOf: shipped.appendingPathComponent("approval.yaml"), encoding: .utf8)
        try Data(edit(approval).utf8).write(to: folder.appendingPathComponent("approval.yaml"))
        if let cover = editCover(try String(contentsOf: shipped.appendingPathComponent("cover-letter.yaml"), encoding: .utf8)) {
            try Data(cover.utf8).write(to: folder.appendingPathComponent("cover-letter.yaml"))
        }
        return folder
    }

    static func printer(templates: URL, coverLetter: CoverLetter?) throws -> FormPrinter {
        try FormPrinter(resources: ResourceLocation(root: Fixtures.root), templates: templates, coverLetter: coverLetter)
    }

    @Test func aNoticeWithoutACoverLetterNeverReadsTheCoverLettersFile() throws {
        let folder = try Self.templates(cover: { _ in nil })
        defer { try? FileManager.default.removeItem(at: folder) }
        let printed = try Self.printer(templates: folder, coverLetter: nil).print(contentsOf: Self.approval)
        #expect(printed.layout.pages.map(\.template) == ["notice"])
        #expect(throws: DiagnosticReport.self) {
            try Self.printer(templates: folder, coverLetter: CoverLetter()).print(contentsOf: Self.approval)
        }
    }

    @Test func theIncludedPagesStandWhereTheIncludeIs() throws {
        let folder = try Self.templates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let printer = try Self.printer(templates: folder, coverLetter: CoverLetter())
        #expect(try printer.template(for: .approval).pages.map(\.id) == ["notice"])
        #expect(try printer.print(contentsOf: Self.approval).layout.pages.map(\.template) == ["cover", "notice"])
    }

    /// Each case: the edit of the shipped cover letter, the problem's words, and the text of the line it is reported at.
    @Test(arguments: [
        ("    ownSheet: true", "    ownSheet: true\n    sise: 14", "sise: この項目は使えません", "sise: 14"),
        ("id: address", "id: address\n        when: coverLeter", "条件 'coverLeter' はありません", "- kind: group"),
        ("    ownSheet: true", "    ownSheet: true\n  - include: other.yaml", "include: この項目は使えません", "- include: other.yaml"),
    ])
    func anIncludedFileIsCheckedAtItsLine(original: String, edited: String, message: String, at text: String) throws {
        let folder = try Self.templates(cover: { $0.replacingOccurrences(of: original, with: edited) })
        defer { try? FileManager.default.removeItem(at: folder) }
        let cover = try String(contentsOf: folder.appendingPathComponent("cover-letter.yaml"), encoding: .utf8)
        let line = try #require(cover.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }) + 1
        do {
            _ = try Self.printer(templates: folder, coverLetter: CoverLetter()).print(contentsOf: Self.approval)
            Issue.record("\(edited) was accepted")
        } catch let problems as DiagnosticReport {
            #expect(problems.file.hasSuffix("cover-letter.yaml"))
            #expect(problems.diagnostics.contains { $0.description.contains(message) && $0.line == line }, "\(problems)")
        }
    }

    @Test(arguments: ["../cover-letter.yaml", "/tmp/cover-letter.yaml", "cover-letter.yml", ".cover-letter.yaml"])
    func anIncludeIsAFileOfTheTemplatesOwnFolder(name: String) throws {
        let folder = try Self.templates(editing: { $0.replacingOccurrences(of: "include: cover-letter.yaml", with: "include: \(name)") })
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try Self.printer(templates: folder, coverLetter: nil).template(for: .approval)
            Issue.record("\(name) was accepted")
        } catch let problems as DiagnosticReport {
            let line = try TemplateLintTests.line(of: "include: cover-letter.yaml")
            #expect(problems.file.hasSuffix("approval.yaml"))
            #expect(problems.diagnostics.contains { $0.problem == .includeNotInFolder(name) && $0.line == line }, "\(problems)")
        }
    }
}
