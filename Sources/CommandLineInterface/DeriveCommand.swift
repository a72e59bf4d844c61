import Core
import Foundation
import FormInput
import FormModels
import MCSForms

/// `mcs-forms derive approval APPLICATION -o OUT.yaml`: the approval notice that answers an application,
/// as input to check and print, with nothing typed twice (`NoticeDerivation`).
struct DeriveCommand: Subcommand {
    static let spec = CommandSpec(
        name: "derive",
        abstract: "申込書（別紙様式1）の入力から、それに答える承認（不承認）連絡書（別紙様式2）の入力を作ります。",
        discussion: "事業所名・申請代表者名・申込日・各申込者の氏名・MCS ID・管理者を引き継ぎます。性別は申込書にないため、書き加えてください。",
        arguments: [
            ArgumentSpec(name: "form", count: .one, help: "作る様式: approval"),
            ArgumentSpec(name: "application", count: .one, help: "申込書の入力ファイル（.yaml・.yml・.json）"),
        ],
        options: [
            .option("output", short: "o", value: "FILE", help: "書き出す入力ファイル（YAML）"),
            .option("date", value: "YYYY-MM-DD", help: "連絡書の日付（省略すると今日）"),
            .option("reject", value: "REASON", help: "承認せず、この理由の不承認連絡書にします"),
            .flag("generate-passwords", help: "利用者ごとに初期パスワードを作ります（ファイルは所有者だけが読めます）"),
            .option("profile", value: "FILE", help: "Templates/data/profile.yaml の代わりに使う団体の情報"),
        ])

    var application: String
    var output: String
    var date: CalendarDate?
    var decision: NoticeDerivation.Decision
    var profile: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let form = arguments.argument("form") else { throw UsageError(.missingArgument("form")) }
        guard form == FormKind.approval.rawValue else {
            throw UsageError(.badOptionValue(option: "<form>", value: form, expected: .oneOf([FormKind.approval.rawValue])))
        }
        guard let application = arguments.argument("application") else { throw UsageError(.missingArgument("application")) }
        guard let output = arguments.string("output"), !output.isEmpty else { throw UsageError(.missingOutput) }
        self.application = application
        self.output = output
        date = try arguments.value("date")
        let generating = arguments.flag("generate-passwords")
        if let reason = arguments.string("reject") {
            if generating { throw UsageError(.passwordsForRejection) }
            decision = .rejected(reason: reason.isEmpty ? nil : reason)
        } else {
            decision = .approved(generatingPasswords: generating)
        }
        profile = arguments.string("profile")
    }

    func run() throws {
        let printer = try FormPrinter(profile: profile.map { URL(fileURLWithPath: $0) })
        let document: FormDocument
        do {
            document = try printer.decode(data: try InputFile.data(atPath: application, limit: InputLimits.fileBytes))
        } catch let failure as DiagnosticList {
            FileHandle.standardError.write(Data(DiagnosticReport(file: application, list: failure).text.utf8))
            throw ExitStatus.invalidInput
        }
        guard case .application(let form) = document.form else {
            let problem = Diagnostic(path: FieldPath().appending(FormContract.formKey), problem: .notAnApplication(document.kind.rawValue))
            FileHandle.standardError.write(Data(DiagnosticReport(file: application, list: DiagnosticList([problem])).text.utf8))
            throw ExitStatus.invalidInput
        }
        let notice = NoticeDerivation.approval(from: form, date: date ?? NoticeDerivation.today, decision: decision)
        let holdsPasswords: Bool
        if case .approved(true) = decision { holdsPasswords = true } else { holdsPasswords = false }
        try NoticeDerivation.write(notice, to: URL(fileURLWithPath: output), holdsPasswords: holdsPasswords)
        print(output)
    }
}
