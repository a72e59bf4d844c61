import Core
import Foundation

/// A problem that stops a whole batch (as opposed to one bad record, which only fails that record).
public enum BatchError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong with a row of an earlier run's `passwords.csv`.
    public enum BookProblem: Sendable, Equatable {
        case unreadable, header, malformedRow, duplicateMcsId
    }

    case cannotCreate(String)
    case cannotSubset(String)
    case inUse(String)
    case mergeTarget(String)
    case passwordBook(line: Int, BookProblem)

    public var description: String {
        switch self {
        case .cannotCreate(let path): "フォルダを作れません: \(TerminalText.escaped(path))"
        case .cannotSubset(let path): "字体の部分集合を作れません: \(TerminalText.escaped(path))"
        case .inUse(let path): "\(TerminalText.escaped(path)) では別の batch が動いています。終わるのを待つか、別の --out-dir を指定してください"
        case .mergeTarget(let path):
            "--merge の \(TerminalText.escaped(path)) は入力・manifest.json・passwords.csv・各記録の PDF と同じファイルです。別の名前にしてください"
        case .passwordBook(let line, let problem): "passwords.csv の \(line) 行目: " + Self.wording(problem)
        }
    }

    private static func wording(_ problem: BookProblem) -> String {
        switch problem {
        case .unreadable: "UTF-8 の CSV として読めません"
        case .header: "見出しは mcsId,password の2列にしてください"
        case .malformedRow: "MCS ID（メールアドレス）とパスワードの2欄になっていません。この batch が書いたものか確かめてください"
        case .duplicateMcsId: "同じ MCS ID が2回あります。どちらのパスワードが正しいか決められないため、続けられません"
        }
    }
}
