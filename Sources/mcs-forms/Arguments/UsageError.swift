import Core

/// A command line that cannot be run, with every wording of such problems in this one place. Values
/// typed on the command line are shown escaped (`TerminalText`), as everything else the program prints.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case flagWithValue(option: String)
    case repeatedOption(String)
    case badValue(option: String, value: String, expected: String)
    case missingArgument(String)
    case extraArgument(String)
    /// `render`: neither or both of an input file and `--blank`.
    case inputOrBlank
    /// `render --blank` without `-o`.
    case blankNeedsOutput
    /// `batch` without a folder to write to.
    case noOutputFolder
    /// `batch --merge ""`.
    case emptyMergeFile
    /// `batch --duplex` without `--merge`.
    case duplexNeedsMerge
    /// `batch --jobs 0`.
    case tooFewJobs

    /// The problem in plain Japanese.
    var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            "\(shown(name)) というコマンドはありません" + (suggestion.map { "（\($0) ではありませんか）" } ?? "")
        case .unknownOption(let name, let suggestion):
            "\(shown(name)) という指定はありません" + (suggestion.map { "（\($0) ではありませんか）" } ?? "")
        case .missingValue(let option): "\(option) の後ろに値を書いてください"
        case .flagWithValue(let option): "\(option) は値をとりません（\(option) とだけ書いてください）"
        case .repeatedOption(let option): "\(option) が2回以上指定されています。1回にしてください"
        case .badValue(let option, let value, let expected): "\(option) の値 \(shown(value)) は使えません（\(expected)）"
        case .missingArgument(let name): "<\(name)> を指定してください"
        case .extraArgument(let value): "余分な引数があります: \(shown(value))"
        case .inputOrBlank: "入力ファイルか --blank FORM のどちらか一方を指定してください"
        case .blankNeedsOutput: "--blank には -o OUT.pdf が必要です"
        case .noOutputFolder: "--out-dir に出力先のフォルダを指定してください"
        case .emptyMergeFile: "--merge には印刷用にまとめる PDF のファイル名を指定してください"
        case .duplexNeedsMerge: "--duplex は --merge FILE.pdf と一緒に指定してください"
        case .tooFewJobs: "--jobs は 1 以上にしてください"
        }
    }

    private func shown(_ text: String) -> String { TerminalText.escaped(text) }
}
