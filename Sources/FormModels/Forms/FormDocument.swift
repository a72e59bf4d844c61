/// One filled form of any kind, as decoded from an input file.
public enum FormDocument: Sendable, Equatable {
    case application(ApplicationForm)
    case approval(ApprovalNotice)
    case withdrawal(WithdrawalNotice)
    case consent(ConsentForm)

    /// Which form this is.
    public var kind: FormKind {
        switch self {
        case .application: .application
        case .approval: .approval
        case .withdrawal: .withdrawal
        case .consent: .consent
        }
    }

    /// The form with nothing filled in, as printed for handwriting.
    public static func blank(_ kind: FormKind) -> FormDocument {
        switch kind {
        case .application: .application(ApplicationForm())
        case .approval: .approval(ApprovalNotice())
        case .withdrawal: .withdrawal(WithdrawalNotice())
        case .consent: .consent(ConsentForm())
        }
    }
}
