import Core

/// A problem that stops a whole batch (as opposed to one bad record, which only fails that record), as a
/// problem of the catalogue.
public struct BatchError: Error, CustomStringConvertible, Sendable, Equatable {
    public var problem: Problem

    public init(_ problem: Problem) {
        self.problem = problem
    }

    public var description: String { ProblemWording.message(problem) }
}
