import Core
import FormModels

/// One line of a decisions file (`--decisions`): the application it decides, named by its file or its
/// office, and the decision, with the reason of a rejection.
struct ApplicationDecision: Sendable, Equatable {
    /// The line of the decisions file, which every problem of the decision names.
    var line: Int
    /// The application's input file, as given to the batch or by its name alone.
    var application: String?
    /// The application's 事業所名.
    var office: String?
    var decision: ApprovalNotice.Decision
    /// 不承認理由, required with a rejection.
    var reason: String?

    /// What the decision names, as its problems quote it.
    var name: String { application ?? office ?? "" }

    /// The keys of a decision in YAML, which are also the CSV's column keys.
    enum Key: String, CaseIterable {
        case application, office, decision, reason

        /// The column's heading in Japanese, which a CSV may use instead of the key.
        var heading: String {
            switch self {
            case .application: "申込書"
            case .office: ApplicationContract.officeName.label
            case .decision: ApprovalContract.decision.label
            case .reason: ApprovalContract.rejectionReason.label
            }
        }
    }

    /// The decision a word gives: the contract's value (`approved`) or the word the form prints (承認).
    static func decision(_ word: String) -> ApprovalNotice.Decision? {
        guard case .choice(let choices) = ApprovalContract.decision.kind else { return nil }
        return choices.first { $0.value == word || $0.label == word }.flatMap { ApprovalNotice.Decision(rawValue: $0.value) }
    }

    /// The words a decision may be written with, for the problem of another word.
    static var decisionWords: [String] {
        guard case .choice(let choices) = ApprovalContract.decision.kind else { return [] }
        return choices.flatMap { [$0.label, $0.value] }
    }
}
