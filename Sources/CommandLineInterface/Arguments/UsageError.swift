import Core

/// A command line that cannot be run, as a problem of the catalogue (`ProblemWording` words it, with
/// what was typed escaped for the terminal).
struct UsageError: Error, Equatable {
    var problem: Problem

    init(_ problem: Problem) {
        self.problem = problem
    }

    /// The problem in plain Japanese.
    var message: String { ProblemWording.message(problem) }
}
