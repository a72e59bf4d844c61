/// The four forms of the network's rules, named as in the input's `form:` key.
public enum FormKind: String, CaseIterable, Codable, Sendable {
    /// 別紙様式1 利用申込書および誓約同意書.
    case application
    /// 別紙様式2 利用承認(不承認)連絡書.
    case approval
    /// 別紙様式3 退会届.
    case withdrawal
    /// 別紙様式4 個人情報使用同意書 (patient and staff copies).
    case consent
}
