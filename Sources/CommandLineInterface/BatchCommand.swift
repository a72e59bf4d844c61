import Foundation
import FormInput
import FormModels
import MCSForms

/// `mcs-forms batch`: many records into one PDF each, a manifest, and optionally one print file.
struct BatchCommand: Subcommand {
    static let spec = CommandSpec(
        name: "batch",
        abstract: "多数の記録から様式の PDF を1件ずつ作ります（manifest.json 付き）。",
        discussion: """
        入力: 記録の YAML・JSON の一覧、1文書（---）に1記録の YAML、1行に1記録の JSON Lines（.jsonl）、または
        承認の連絡書の CSV（.csv、1行に利用者1人。列は date, office, postalCode, address, representative,
        applicationDate, decision, rejectionReason, name, sex, mcsId, password, admin か、様式の言葉の 通知日, 事業所名,
        郵便番号, 住所, 申請代表者名, 申込日, 承認・不承認, 不承認理由, 氏名, 性別, MCS ID, パスワード, 管理者。
        事業所名・申請代表者名・申込日・承認・不承認 が同じ行で1通の連絡書になります。UTF-8 か Shift_JIS）。
        誤りのある記録は標準エラーと DIR/manifest.json に書き、ほかの記録はそのまま印刷します。誤りが1件でもあれば
        終了コードは 64 です。パスワードは標準出力・標準エラー・manifest には出ません。パスワードを載せた PDF は
        所有者だけが読めるファイル（0600）になります。
        """,
        arguments: [ArgumentSpec(name: "input", count: .many, help: "入力ファイル（.yaml・.yml・.json・.jsonl・.csv）")],
        options: [
            .option("out-dir", value: "DIR", help: "PDF・manifest.json・passwords.csv を書くフォルダ（所有者だけが開けるフォルダとして作ります）"),
            .option("name", value: "PATTERN", help: "ファイル名の形: {index} {office} {form} {source} {line}（省略すると {index}-{office}）"),
            .option("merge", value: "FILE", help: "印刷した記録を記録の順にこの1つの PDF にもまとめます"),
            .flag("duplex", help: "まとめた PDF で、各通知を表面から始めます（裏は白紙）"),
            .flag("resume", help: "前回の実行で作り終えた PDF（名前と manifest の sha256 が同じもの）はそのまま残します"),
            .flag("generate-passwords", help: "承認の連絡書に無い初期パスワードを作り、DIR/passwords.csv（0600）に書きます"),
            .option("derive", value: "approval", help: "入力を申込書（別紙様式1）として、それぞれに答える承認（不承認）連絡書を印刷します"),
            .option("date", value: "YYYY-MM-DD", help: "--derive で作る連絡書の日付（省略すると今日）"),
            .option("decisions", value: "FILE", help: "--derive で、申込書ごとの承認・不承認と不承認理由の一覧（CSV か YAML。書かれていない申込書は承認）"),
        ] + CoverLetterOptions.specs + [TypefaceOption.spec] + [
            .option("sort", value: "ORDER", help: "記録の順番: input（入力の順、省略時）か postalCode（郵便番号、次に事業所名の順）"),
            .option("jobs", value: "N", help: "同時に印刷する数（省略すると CPU の数。記録の数より多くはしません）"),
            .option("profile", value: "FILE", help: "Templates/data/profile.yaml の代わりに使う団体の情報"),
            .option("templates", value: "DIR", help: "Templates/ の代わりに使う様式のフォルダ（同じ検査をします）"),
        ])

    var options: BatchOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let outDir = arguments.string("out-dir"), !outDir.isEmpty else { throw UsageError(.noOutputFolder) }
        let merge = arguments.string("merge")
        if merge?.isEmpty == true { throw UsageError(.emptyMergeFile) }
        if arguments.flag("duplex") && merge == nil { throw UsageError(.duplexNeedsMerge) }
        let jobs: Int? = try arguments.value("jobs")
        if let jobs, jobs < 1 { throw UsageError(.tooFewJobs) }
        options = BatchOptions(inputs: arguments.all("input"), directory: URL(fileURLWithPath: outDir, isDirectory: true))
        options.namePattern = arguments.string("name") ?? "{index}-{office}"
        options.merge = merge.map { URL(fileURLWithPath: $0) }
        options.duplex = arguments.flag("duplex")
        options.resume = arguments.flag("resume")
        options.generatePasswords = arguments.flag("generate-passwords")
        options.workers = jobs ?? options.workers
        options.order = try arguments.value("sort") ?? .input
        options.coverLetter = CoverLetterOptions.coverLetter(arguments)
        options.typeface = arguments.string("typeface")
        if let form: FormKind = try arguments.value("derive") {
            guard form == .approval else {
                throw UsageError(.badOptionValue(option: "--derive", value: form.rawValue, expected: .oneOf([FormKind.approval.rawValue])))
            }
            options.derivation = BatchDerivation(date: try arguments.value("date") ?? NoticeDerivation.today,
                                                 decisions: arguments.string("decisions"))
        } else if let option = ["date", "decisions"].first(where: { arguments.string($0) != nil }) {
            throw UsageError(.needsDerive(option: "--" + option))
        }
        options.profile = arguments.string("profile").map { URL(fileURLWithPath: $0) }
        options.templates = arguments.string("templates").map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    func run() throws {
        try options.resources.checked()
        let summary: BatchSummary
        do {
            summary = try BatchRunner.run(options)
        } catch let decisions as DiagnosticReport {
            FileHandle.standardError.write(Data(decisions.text.utf8))
            throw ExitStatus.invalidInput
        }
        FileHandle.standardError.write(Data((summary.problems + summary.notes).utf8))
        print(summary.line)
        if summary.hasFailures { throw ExitStatus.invalidInput }
    }
}
