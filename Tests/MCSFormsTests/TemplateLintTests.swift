import Core
import Foundation
import FormInput
import FormLayout
import FormModels
@testable import MCSForms
import Testing

/// Templates are checked when they are loaded: a key the decoder does not know, an alias, a value of the
/// wrong shape, and everything the linter checks, each refuses the template with its file, line and key.
@Suite struct TemplateLintTests {
    @Test(arguments: FormKindCases.all)
    func shippedTemplateLoadsClean(_ form: String) throws {
        let printer = try Fixtures.printer()
        let template = try printer.template(for: try #require(FormKind(rawValue: form)))
        #expect(!template.pages.isEmpty)
    }

    /// Every value an example prints is one the vocabulary knows: the linter's vocabulary is not too narrow.
    @Test func theVocabularyHoldsEveryPrintedValue() throws {
        let printer = try Fixtures.printer(), display = try Fixtures.display()
        for file in Fixtures.exampleNames {
            let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent(file))
            let vocabulary = try display.vocabulary(for: printed.kind)
            #expect(Set(printed.values.fields.keys).isSubset(of: vocabulary.fields), "\(file)")
            #expect(printed.values.conditions.isSubset(of: vocabulary.conditions), "\(file)")
            for (name, rows) in printed.values.lists {
                #expect(Set(rows.flatMap(\.fields.keys)).isSubset(of: vocabulary.lists[name] ?? []), "\(file) \(name)")
            }
        }
    }

    /// The line (from 1) of the shipped approval template on which `text` first stands.
    static func line(of text: String) throws -> Int {
        let shipped = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/approval.yaml"), encoding: .utf8)
        let lines = shipped.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }, "\(text) is not in the template") + 1
    }

    /// A copy of the shipped approval template with `edit` applied, loaded as `--templates DIR` would.
    static func load(editing edit: (String) -> String) throws -> Result<FormTemplate, DiagnosticReport> {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/approval.yaml"), encoding: .utf8)
        let edited = edit(shipped)
        #expect(edited != shipped, "the edit changed nothing")
        try Data(edited.utf8).write(to: folder.appendingPathComponent("approval.yaml"))
        let printer = try FormPrinter(resources: ResourceLocation(root: Fixtures.root), templates: folder)
        do {
            return .success(try printer.template(for: .approval))
        } catch let problems as DiagnosticReport {
            return .failure(problems)
        }
    }

    @Test(arguments: [
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: "<別紙様式2>", sise: 10.5"#, "sise: この項目は使えません（size ではありませんか）"),
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: "<別紙様式2>", size: big"#, "size: 数値で書いてください（文字列になっています）"),
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: "<別紙様式2>", size: [1]"#, "size: 数値で書いてください（「- 」のリストになっています）"),
        (#"{ kind: text, id: corner"#, #"{ kind: txet, id: corner"#, "要素の種類 'txet' はありません"),
        (#"{ kind: text, id: corner, x: 18"#, #"{ id: corner, x: 18"#, "kind: 必須項目がありません"),
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: &c "<別紙様式2>", size: 10.5, id2: *c"#, "別名（&名前 と *名前）は使えません"),
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: "<別紙様式2>", size: 10.5, font: mintyo"#, "字体 'mintyo' は Fonts/fonts.yaml にありません"),
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: "{office.nmae}", size: 10.5"#, "差し込み '{office.nmae}' の値はありません"),
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: "<別紙様式2>", size: 10.5, when: aproved"#, "条件 'aproved' はありません"),
        (#"text: "<別紙様式2>", size: 10.5"#, #"text: "<別紙様式2>", size: 10.5, minScale: 0.3"#, "minScale 0.3 は 0.5〜1 にしてください"),
        (#"{ kind: text, id: corner, x: 18"#, #"{ kind: text, id: corner, x: 215"#, "mm のページからはみ出しています"),
    ])
    func aBrokenTemplateIsRefusedAtItsLine(original: String, edited: String, message: String) throws {
        let result = try Self.load { $0.replacingOccurrences(of: original, with: edited) }
        guard case .failure(let problems) = result else { Issue.record("\(edited) was accepted"); return }
        let problem = try #require(problems.diagnostics.first { $0.description.contains(message) }, "\(problems)")
        #expect(problems.file.hasSuffix("approval.yaml"))
        #expect(problem.line == (try Self.line(of: "id: corner")), "\(problem)")
    }

    @Test func aRepeatedIdIsNamedAtItsSecondElement() throws {
        let result = try Self.load { $0.replacingOccurrences(of: "id: corner", with: "id: keeper") }
        guard case .failure(let problems) = result else { Issue.record("a repeated id was accepted"); return }
        let line = try Self.line(of: "id: keeper")
        #expect(problems.text.split(separator: "\n").map(String.init).contains { $0.contains("approval.yaml:\(line):") && $0.contains("id 'keeper' が2回あります") },
                "\(problems)")
    }

    @Test(arguments: [
        ("{ kind: field, bind: office.name,", "{ kind: field, bind: office.nmae,", "値 'office.nmae' はありません"),
        ("rows: users", "rows: user", "一覧 'user' はありません"),
        ("bind: mcsId", "bind: mcsID", "一覧 'users' の行に 'mcsID' はありません"),
    ])
    func everyLinterRuleNamesTheLine(original: String, edited: String, message: String) throws {
        let result = try Self.load { text in
            guard let range = text.range(of: original) else { return text }
            return text.replacingCharacters(in: range, with: edited)
        }
        guard case .failure(let problems) = result else { Issue.record("\(edited) was accepted"); return }
        let problem = try #require(problems.diagnostics.first { $0.description.contains(message) }, "\(problems)")
        #expect(problem.line != nil && problems.text.contains("approval.yaml:\(problem.line ?? 0):"))
    }

    @Test func aTemplateWithATypoFailsTheCommandNamingItsLine() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for form in FormKindCases.all {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/\(form).yaml"), encoding: .utf8)
            try Data(text.replacingOccurrences(of: "size: 14", with: "sise: 14").utf8).write(to: folder.appendingPathComponent("\(form).yaml"))
        }
        let result = try ExternalTool.run(CLITests.binary, ["render", Fixtures.examples.appendingPathComponent("approval.yaml").path,
                                                             "-o", folder.appendingPathComponent("x.pdf").path, "--templates", folder.path])
        #expect(result.status != 0)
        #expect(result.errors.contains("approval.yaml:\(try Self.line(of: "size: 14")):") && result.errors.contains("sise: この項目は使えません（size ではありませんか）"),
                "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.pdf").path))
    }
}
