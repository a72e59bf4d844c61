import FormModels

extension ValueReader {
    /// An initial password that follows 運用ルール 2(1)③; every broken rule is reported, the password never.
    func password(name: String?, mcsId: String?) -> Secret? {
        guard let text = text() else { return nil }
        let violations = PasswordPolicy.violations(of: text, name: name, mcsId: mcsId)
        for violation in violations { report(.password(violation)) }
        return violations.isEmpty ? Secret(text) : nil
    }
}
