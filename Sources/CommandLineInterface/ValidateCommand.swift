import Foundation
import Core
import FormInput
import FormModels
import MCSForms

/// `mcs-forms validate`: checks input files without printing anything.
///
/// Text (the default) writes one line per problem to standard error,
/// `app.yaml:14:19: applicants[1].occupation: 45 は別表2の職種番号（1〜44）にありません`, with a hint in
/// （…） after the message when there is one. `--format json` writes all problems of all files as one JSON
/// list to standard output instead (`[]` when every file is valid), so that a program can read it.
/// In text form, characters that print only in a fallback face (𠮷 in IPAmj明朝) are listed too;
/// they are notes, not errors.
struct ValidateCommand: Subcommand {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "入力ファイルを検査します（PDF は作りません）。すべて正しければ終了コード 0、誤りがあれば 64。",
        arguments: [ArgumentSpec(name: "input", count: .many, help: "入力ファイル（.yaml・.yml・.json）")],
        options: [
            .option("profile", value: "FILE", help: "Templates/data/profile.yaml の代わりに使う団体の情報"),
            .option("templates", value: "DIR", help: "Templates/ の代わりに使う様式のフォルダ（同じ検査をします）"),
            .option("format", value: "FORMAT", help: "text: 標準エラーに1行に1件（省略時）、json: 標準出力に JSON の一覧"),
        ])

    /// How the problems are written.
    enum Format: String, ArgumentValue, CaseIterable {
        /// `FILE:LINE:COLUMN: PATH: message（hint）` lines on standard error.
        case text
        /// One JSON list of `{file, line, column, path, message, hint}` on standard output.
        case json

        init?(argument: String) { self.init(rawValue: argument) }
        static var expected: Problem.ExpectedValue { .oneOf(allCases.map(\.rawValue)) }
    }

    var inputs: [String]
    var profile: String?
    var templates: String?
    var format: Format

    init(_ arguments: ParsedArguments) throws(UsageError) {
        inputs = arguments.all("input")
        profile = arguments.string("profile")
        templates = arguments.string("templates")
        format = try arguments.value("format") ?? .text
    }

    func run() throws {
        let printer = try FormPrinter(profile: profile.map { URL(fileURLWithPath: $0) },
                                      templates: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
        var notes: [String] = []
        let reports = inputs.compactMap { input in Self.check(input, with: printer, notes: &notes) }
        switch format {
        case .text:
            FileHandle.standardError.write(Data((notes.map { $0 + "\n" } + reports.map(\.text)).joined().utf8))
        case .json:
            FileHandle.standardOutput.write(Data(JSONValue.array(reports.flatMap(\.jsonObjects)).prettyPrinted.utf8))
        }
        if !reports.isEmpty { throw ExitStatus.invalidInput }
    }

    /// The problems of one file, nil when it is valid; a file that cannot be read is one problem.
    /// Characters that only a fallback face has are added to `notes`, as `FILE: PATH: …` lines.
    private static func check(_ input: String, with printer: FormPrinter, notes: inout [String]) -> DiagnosticReport? {
        let url = URL(fileURLWithPath: input)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            let unreadable = Diagnostic(path: .root, problem: .unreadableFile(input))
            return DiagnosticReport(file: input, list: DiagnosticList([unreadable]))
        }
        do {
            let document = try printer.check(contentsOf: url)
            notes += FallbackReport(document: document, faceNames: printer.faceNames).lines.map { "\(input): \($0)" }
            return nil
        } catch let failure as DiagnosticList {
            return DiagnosticReport(file: input, list: failure)
        } catch {
            let failure = Diagnostic(path: .root, problem: .unreadableFile("\(input)（\(error)）"))
            return DiagnosticReport(file: input, list: DiagnosticList([failure]))
        }
    }
}
