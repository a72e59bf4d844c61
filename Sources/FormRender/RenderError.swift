import Core

/// A page that could not be drawn or a file that could not be written, as a problem of the catalogue.
public struct RenderError: Error, CustomStringConvertible, Sendable, Equatable {
    public var problem: Problem

    public init(_ problem: Problem) {
        self.problem = problem
    }

    public var description: String { ProblemWording.message(problem) }
}
