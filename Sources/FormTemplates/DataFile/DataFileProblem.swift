import Core

/// What is wrong with a data file (a template, the font list), at its file, line and key: a template
/// with a typo must fail to load, never print with a default in its place.
public struct DataFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var place: DataPlace?
    /// The path of keys to the value (`pages[0].elements[3].size`).
    public var path: String
    public var problem: Problem

    public init(file: String, place: DataPlace?, path: String, problem: Problem) {
        self.file = file
        self.place = place
        self.path = path
        self.problem = problem
    }

    /// `approval.yaml:12:7: pages[0].elements[3].sise: この項目は使えません（size ではありませんか）`.
    public var description: String {
        let location = [file] + (place.map { ["\($0.line)", "\($0.column)"] } ?? [])
        let at = path.isEmpty ? "" : "\(path): "
        let hint = ProblemWording.hint(problem).map { "（\($0)）" } ?? ""
        return location.joined(separator: ":") + ": " + at + ProblemWording.message(problem) + hint
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
