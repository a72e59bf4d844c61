import FormModels

extension ValueReader {
    /// An initial password that follows 運用ルール 2(1)③; every broken rule is reported, the password never.
    func password(name: String?, mcsId: String?) -> Secret? {
        guard let text = text() else { return nil }
        let violations = PasswordPolicy.violations(of: text, name: name, mcsId: mcsId)
        for violation in violations {
            report(Self.wording(violation), hint: Wording.passwordRule)
        }
        return violations.isEmpty ? Secret(text) : nil
    }

    private static func wording(_ violation: PasswordPolicy.Violation) -> String {
        switch violation {
        case .notASCII: Wording.passwordNotASCII
        case .notMixed: Wording.passwordNotMixed
        case .tooShort: Wording.passwordTooShort
        case .isIdOrName: Wording.passwordIsIdOrName
        case .hasRun: Wording.passwordHasRun
        }
    }
}
