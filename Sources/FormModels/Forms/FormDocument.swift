/// One filled form of any kind, as decoded from an input file: its kind and its checked values.
///
/// The values are what the display stage prints, field by field (`FormContract`); `form` is the typed
/// model of the same values, for whatever needs to reason about the form (a decision, a password).
public struct FormDocument: Sendable, Equatable {
    public let kind: FormKind
    public let values: ContractValues

    public init(kind: FormKind, values: ContractValues) {
        self.kind = kind
        self.values = values
    }

    /// The form with nothing filled in, as printed for handwriting.
    public static func blank(_ kind: FormKind) -> FormDocument {
        FormDocument(kind: kind, values: ContractValues())
    }

    /// The typed model of the form.
    public var form: FilledForm {
        switch kind {
        case .application: .application(ApplicationForm(values))
        case .approval: .approval(ApprovalNotice(values))
        case .withdrawal: .withdrawal(WithdrawalNotice(values))
        case .consent: .consent(ConsentForm(values))
        }
    }
}

/// The typed model of one filled form.
public enum FilledForm: Sendable, Equatable {
    case application(ApplicationForm)
    case approval(ApprovalNotice)
    case withdrawal(WithdrawalNotice)
    case consent(ConsentForm)
}
