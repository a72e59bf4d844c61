/// One key of a form's input, declared once: what it holds, whether it must be given, and what the form
/// calls it.
///
/// Every form's keys are declared in its contract (`ApprovalContract` …) and nowhere else: the reader
/// checks an input against them, the JSON Schemas and the field table of `docs/input-format.md` are
/// generated from them, the display stage prints each value by its kind, and a form in a browser is
/// built from their labels and hints. Code refers to a key through its field (`ApprovalContract.date`),
/// never by writing the key again.
public struct ContractField: Sendable {
    /// The key in the input (`office`, `mcsId`).
    public let key: String
    public let kind: ContractKind
    /// Whether the key must always be given (a rule may require it in some cases: `FormContract.rules`).
    public let required: Bool
    /// The words printed on the form for this value (`事業所名`, `氏名`).
    public let label: String
    /// A short help for whoever fills it in (`989-6136 のように`).
    public let hint: String?
    /// Whether the value chooses the form's variant (承認 or 不承認) instead of being printed: its value,
    /// or `undecided` when left out, is a condition of the template.
    public let choosesVariant: Bool

    public init(_ key: String, _ kind: ContractKind, required: Bool = false, label: String, hint: String? = nil,
                choosesVariant: Bool = false) {
        self.key = key
        self.kind = kind
        self.required = required
        self.label = label
        self.hint = hint
        self.choosesVariant = choosesVariant
    }

    /// The condition of a variant-choosing field left out (a blank form).
    public static let undecided = "undecided"

    /// The fields of a group, or of the groups a list holds; empty for a single value.
    public var children: [ContractField] {
        switch kind {
        case .group(let fields), .list(.group(let fields), _, _): fields
        default: []
        }
    }
}
