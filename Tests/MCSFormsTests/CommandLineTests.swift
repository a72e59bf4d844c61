import Foundation
import Testing

/// The command line itself: help in Japanese, the version, and every malformed call refused with exit
/// code 64, one plain sentence naming what is wrong, the command's usage and where to read more.
@Suite struct CommandLineTests {
    private func run(_ arguments: [String]) throws -> ExternalTool.Result {
        try ExternalTool.run(CLITests.binary, arguments)
    }

    @Test(arguments: [[], ["--help"], ["-h"], ["help"]])
    func theProgramsHelpListsEveryCommand(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 0)
        for command in ["render", "validate", "schema", "batch", "doctor"] {
            #expect(result.output.contains("\n  \(command) "), "\(command): \(result.output)")
        }
        #expect(result.output.contains("使い方: mcs-forms <コマンド>"))
    }

    @Test(arguments: [["render", "--help"], ["render", "-h"], ["help", "render"], ["render", "in.yaml", "--png", "p", "--help"]])
    func aCommandsHelpListsItsOptions(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("mcs-forms render: "))
        for option in ["--blank <FORM>", "-o, --output <FILE>", "--png-dpi <DPI>", "--fit-report", "-h, --help"] {
            #expect(result.output.contains("  \(option) "), "\(option)")
        }
        #expect(result.errors.isEmpty)
    }

    @Test func theVersionIsOneLine() throws {
        let result = try run(["--version"])
        #expect(result.status == 0 && result.output.split(separator: "\n").count == 1)
        #expect(result.output.first?.isNumber == true)
    }

    /// A bad call, and the sentence that must name what is wrong.
    struct BadCall: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let badCalls: [BadCall] = [
        BadCall(arguments: ["rendr", "a.yaml"], message: "mcs-forms: rendr というコマンドはありません（render ではありませんか）"),
        BadCall(arguments: ["--verbose"], message: "mcs-forms: --verbose という指定はありません"),
        BadCall(arguments: ["help", "print"], message: "print というコマンドはありません"),
        BadCall(arguments: ["render", "a.yaml", "--pngdpi", "50"], message: "--pngdpi という指定はありません（--png-dpi ではありませんか）"),
        BadCall(arguments: ["render", "a.yaml", "-x"], message: "-x という指定はありません"),
        BadCall(arguments: ["render", "a.yaml", "-o"], message: "-o, --output の後ろに値を書いてください"),
        BadCall(arguments: ["render", "a.yaml", "--fit-report=yes"], message: "--fit-report は値をとりません"),
        BadCall(arguments: ["render", "a.yaml", "-o", "x.pdf", "--output=y.pdf"], message: "--output が2回以上指定されています"),
        BadCall(arguments: ["render", "a.yaml", "--png-dpi", "many"], message: "--png-dpi の値 many は使えません（数値）"),
        BadCall(arguments: ["render", "a.yaml", "--png-dpi", "100000"], message: "--png-dpi の値 100000 は使えません（10〜600 の数値）"),
        BadCall(arguments: ["render", "a.yaml", "b.yaml"], message: "余分な引数があります: b.yaml"),
        BadCall(arguments: ["render"], message: "入力ファイル、--blank FORM、--sample FORM のどれか1つを指定してください"),
        BadCall(arguments: ["render", "a.yaml", "--blank", "consent", "-o", "x.pdf"], message: "入力ファイル、--blank FORM、--sample FORM のどれか1つ"),
        BadCall(arguments: ["render", "--blank", "consent"], message: "--blank と --sample には -o OUT.pdf が必要です"),
        BadCall(arguments: ["render", "--blank", "notice", "-o", "x.pdf"],
                message: "--blank の値 notice は使えません（application・approval・withdrawal・consent）"),
        BadCall(arguments: ["render", "a.yaml", "--\u{1B}[2J"], message: #"--\u{1B}[2J という指定はありません"#),
        BadCall(arguments: ["validate"], message: "<input> を指定してください"),
        BadCall(arguments: ["validate", "a.yaml", "--format", "xml"], message: "--format の値 xml は使えません（text・json）"),
        BadCall(arguments: ["schema"], message: "<form> を指定してください"),
        BadCall(arguments: ["schema", "notice"], message: "<form> の値 notice は使えません"),
        BadCall(arguments: ["batch", "in.jsonl"], message: "--out-dir に出力先のフォルダを指定してください"),
        BadCall(arguments: ["batch", "in.jsonl", "--out-dir", ""], message: "--out-dir に出力先のフォルダを指定してください"),
        BadCall(arguments: ["batch", "in.jsonl", "--out-dir", "d", "--duplex"], message: "--duplex は --merge FILE.pdf と一緒に"),
        BadCall(arguments: ["batch", "in.jsonl", "--out-dir", "d", "--merge="], message: "--merge には印刷用にまとめる PDF のファイル名"),
        BadCall(arguments: ["batch", "in.jsonl", "--out-dir", "d", "--jobs", "0"], message: "--jobs は 1 以上にしてください"),
        BadCall(arguments: ["batch", "in.jsonl", "--out-dir", "d", "--jobs", "2.5"], message: "--jobs の値 2.5 は使えません（整数）"),
        BadCall(arguments: ["doctor", "now"], message: "余分な引数があります: now"),
    ]

    @Test(arguments: badCalls)
    func aBadCallIsRefusedWithItsReason(call: BadCall) throws {
        let result = try run(call.arguments)
        #expect(result.status == 64)
        #expect(result.errors.contains(call.message), "\(result.errors)")
        #expect(result.errors.contains("使い方: mcs-forms"))
        #expect(result.errors.contains("詳しくは: mcs-forms"))
        #expect(result.output.isEmpty)
        #expect(!result.errors.contains("\u{1B}"), "a control character reached the terminal")
    }

    /// Values may be written `--name=value`, and `--` ends the options, so a file may start with `-`.
    @Test func valuesAttachAndDoubleDashEndsOptions() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("-consent.yaml")
        try FileManager.default.copyItem(at: Fixtures.examples.appendingPathComponent("consent.yaml"), to: input)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try ExternalTool.run(CLITests.binary, ["render", "--output=\(pdf)", "--png-dpi=50", "--", input.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: pdf))
    }
}
