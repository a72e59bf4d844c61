import Foundation

/// What is wrong with a data file (a template, the font list), at its file, line and key: a template
/// with a typo must fail to load, never print with a default in its place.
public struct DataFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the file holds where a value of another shape was expected.
    public enum Shape: Sendable, Equatable {
        case scalar, mapping, sequence, number, flag, text
    }

    /// The kinds of problem.
    public enum Reason: Sendable, Equatable {
        /// A key the file's type does not know; `suggestion` is the known key it was probably meant to be.
        case unknownKey(String, suggestion: String?)
        case missingKey(String)
        case wrongShape(expected: Shape, found: Shape)
        /// An alias (`*name`), which data files may not use.
        case alias
        /// A value the type refused, worded by the type (`要素の種類 'x' はありません`).
        case invalid(String)
        case unreadable(String)
        /// A rule of the template linter.
        case lint(String)
    }

    public var file: String
    public var place: DataPlace?
    /// The path of keys to the value (`pages[0].elements[3].size`).
    public var path: String
    public var reason: Reason

    public init(file: String, place: DataPlace?, path: String, reason: Reason) {
        self.file = file
        self.place = place
        self.path = path
        self.reason = reason
    }

    /// `approval.yaml:12:7: pages[0].elements[3].sise: この項目は使えません（size ではありませんか）`.
    public var description: String {
        let location = [file] + (place.map { ["\($0.line)", "\($0.column)"] } ?? [])
        let at = path.isEmpty ? "" : "\(path): "
        return location.joined(separator: ":") + ": " + at + Self.wording(reason)
    }

    static func wording(_ reason: Reason) -> String {
        switch reason {
        case .unknownKey(_, let suggestion): "この項目は使えません" + (suggestion.map { "（\($0) ではありませんか）" } ?? "")
        case .missingKey: "必須項目がありません"
        case .wrongShape(let expected, let found): "\(name(of: expected))で書いてください（\(name(of: found))になっています）"
        case .alias: "別名（&名前 と *名前）は使えません"
        case .invalid(let text), .lint(let text): text
        case .unreadable(let detail): "読めません（\(detail)）"
        }
    }

    private static func name(of shape: Shape) -> String {
        switch shape {
        case .scalar: "値"
        case .mapping: "「項目: 値」の形"
        case .sequence: "「- 」のリスト"
        case .number: "数値"
        case .flag: "true か false"
        case .text: "文字列"
        }
    }
}

/// Every problem of one data file, reported together.
public struct DataFileProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [DataFileProblem]

    public init(_ problems: [DataFileProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
