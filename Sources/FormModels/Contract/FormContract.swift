/// The whole input of one form, declared once: its keys (`ContractField`), the rules that depend on
/// another value, and the checks across fields.
public struct FormContract: Sendable {
    public let kind: FormKind
    /// The form's name as the rules give it (`別紙様式2 利用承認(不承認)連絡書`).
    public let title: String
    public let fields: [ContractField]
    public let rules: [ContractRule]
    public let checks: [ContractCheck]
    /// The path to whom the form is addressed (an office's name), which names a batch's files.
    public let addressee: [ContractField]

    public init(kind: FormKind, title: String, fields: [ContractField], rules: [ContractRule] = [],
                checks: [ContractCheck] = [], addressee: [ContractField] = []) {
        self.kind = kind
        self.title = title
        self.fields = fields
        self.rules = rules
        self.checks = checks
        self.addressee = addressee
    }

    /// The contract of `kind`.
    public static func of(_ kind: FormKind) -> FormContract {
        switch kind {
        case .application: ApplicationContract.form
        case .approval: ApprovalContract.form
        case .withdrawal: WithdrawalContract.form
        case .consent: ConsentContract.form
        }
    }

    /// The `form:` key every input starts with.
    public static let formKey = "form"

    /// The field `form: kind` of every contract.
    static func formField(_ kind: FormKind) -> ContractField {
        ContractField(formKey, .constant(kind.rawValue), required: true, label: "様式")
    }
}

/// A rule that depends on another value: when `field` is `value`, some places must be given and others
/// left out.
public struct ContractRule: Sendable {
    /// A field of the root mapping, or a field of every item of a list at the root (`users[].password`).
    public struct Place: Sendable {
        public let list: ContractField?
        public let field: ContractField

        public init(_ field: ContractField, inItemsOf list: ContractField? = nil) {
            self.list = list
            self.field = field
        }
    }

    public let field: ContractField
    public let value: String
    public let required: [Place]
    public let forbidden: [Place]

    public init(when field: ContractField, is value: String, required: [Place], forbidden: [Place] = []) {
        self.field = field
        self.value = value
        self.required = required
        self.forbidden = forbidden
    }
}

/// A check across two values of the root mapping.
public enum ContractCheck: Sendable {
    /// The date `later` may not be before the date `earlier` (a notice before its application).
    case notBefore(later: ContractField, earlier: ContractField)
}

extension FormContract {
    /// Whether a value of the form is a 別表 code, so that reading or printing it needs the tables.
    public var refersToCodes: Bool { fields.contains { $0.kind.refersToCodes } }
}

extension ContractKind {
    /// Whether the value is, or holds, a 別表 code.
    var refersToCodes: Bool {
        switch self {
        case .code: true
        case .group(let fields): fields.contains { $0.kind.refersToCodes }
        case .list(let item, _, _): item.refersToCodes
        case .text, .date, .flag, .mcsId, .kana, .postalCode, .phone, .password, .choice, .constant: false
        }
    }
}
