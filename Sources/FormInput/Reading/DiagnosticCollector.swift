import FormModels
import Core
import Yams

/// Gathers every problem found while reading one input, so all of them are reported at once.
package final class DiagnosticCollector {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    /// Records a problem at `path`, located at `mark` in the input when known.
    package func report(_ problem: Problem, at path: FieldPath, mark: Mark? = nil) {
        report(problem, at: path, line: mark?.line, column: mark?.column)
    }

    /// Records a problem made elsewhere.
    package func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a problem at `path`, located at `line` and `column` (from 1) in the input.
    package func report(_ problem: Problem, at path: FieldPath, line: Int?, column: Int?) {
        diagnostics.append(Diagnostic(path: path, problem: problem, line: line, column: column))
    }

    /// The problems in input order (by line and column; problems without a place last).
    package var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.line ?? .max, lhs.element.column ?? .max, lhs.offset)
            let right = (rhs.element.line ?? .max, rhs.element.column ?? .max, rhs.offset)
            return left < right
        }.map(\.element)
    }

    /// Throws all recorded problems, if there are any.
    package func throwIfAny() throws(DiagnosticList) {
        if !diagnostics.isEmpty { throw DiagnosticList(sorted) }
    }
}
