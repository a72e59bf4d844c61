import Core
import Foundation
import FormInput

/// Which application each decision of a decisions file decides.
///
/// A decision names an application by its input file (as given to the batch, or its name alone: every
/// application of that file), by its office (exactly one application must have it), or by both (the
/// applications of the file with that office). A decision that names none of the given applications, an
/// office that several have, and an application decided twice are errors of the decisions file.
struct DecisionMatching {
    let decisions: [ApplicationDecision]
    /// The input file of each record.
    let sources: [String]
    /// The office of each record that is a valid application.
    let offices: [String?]

    init(_ decisions: [ApplicationDecision], sources: [String], offices: [String?]) {
        self.decisions = decisions
        self.sources = sources
        self.offices = offices
    }

    /// The decision of each record, by its index; throws every problem of the file at once.
    func decisions(file: String) throws(DiagnosticReport) -> [Int: ApplicationDecision] {
        var decided: [Int: ApplicationDecision] = [:]
        var problems: [Diagnostic] = []
        for decision in decisions {
            let matched = sources.indices.filter { matches(decision, record: $0) }
            if matched.isEmpty {
                problems.append(problem(.decisionMatchesNothing(decision.name), at: decision))
            } else if decision.application == nil, matched.count > 1 {
                problems.append(problem(.decisionMatchesSeveral(decision.name, count: matched.count), at: decision))
            } else if let earlier = matched.lazy.compactMap({ decided[$0] }).first {
                problems.append(problem(.decidedTwice(firstLine: earlier.line), at: decision))
            } else {
                for index in matched { decided[index] = decision }
            }
        }
        guard problems.isEmpty else { throw DiagnosticReport(file: file, list: DiagnosticList(problems)) }
        return decided
    }

    private func matches(_ decision: ApplicationDecision, record index: Int) -> Bool {
        if let file = decision.application {
            let source = sources[index]
            guard source == file || source.hasSuffix("/" + file) else { return false }
        }
        if let office = decision.office {
            guard let given = offices[index], Self.trimmed(given) == Self.trimmed(office) else { return false }
        }
        return true
    }

    private func problem(_ problem: Problem, at decision: ApplicationDecision) -> Diagnostic {
        Diagnostic(path: .root, problem: problem, line: decision.line, column: 1)
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
