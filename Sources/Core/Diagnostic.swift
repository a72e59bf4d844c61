/// One problem found in a form's input or while laying it out, told to the user in Japanese.
///
/// Every stage reports problems as diagnostics, never by crashing: `path` names the input value,
/// `problem` says what is wrong (worded by `ProblemWording` into a message and a hint), and `line`
/// and `column` point into the input file when the problem came from one.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: FieldPath
    public var problem: Problem
    public var line: Int?
    public var column: Int?

    public init(path: FieldPath, problem: Problem, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.problem = problem
        self.line = line
        self.column = column
    }

    /// What is wrong, in plain Japanese.
    public var message: String { ProblemWording.message(problem) }
    /// How to put it right, when there is more to say.
    public var hint: String? { ProblemWording.hint(problem) }

    /// `applicants[1].occupation: 45 は別表2の職種番号（1〜44）にありません（ヒント）`
    public var description: String {
        let location = path.components.isEmpty ? "" : "\(path): "
        let advice = hint.map { "（\($0)）" } ?? ""
        return location + message + advice
    }
}

/// All the problems of one input, reported together so the user can correct them in one pass.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
