import FormInput

/// Initial passwords that follow 運用ルール 2(1)③, drawn from the system's secure random source.
///
/// The alphabet leaves out characters that look alike on paper (0/O/o, 1/l/I); every candidate is
/// checked with the decoder's own rule (letters and digits mixed, at least 8 characters, not the MCS ID
/// or the name, no run of 4 consecutive or repeated characters) and drawn again until it passes.
public struct PasswordGenerator {
    static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz")
    static let length = 12

    private var random = SystemRandomNumberGenerator()

    public init() {}

    /// A new password for the user `name` with MCS ID `mcsId`.
    public mutating func password(name: String?, mcsId: String?) -> String {
        while true {
            let candidate = String((0..<Self.length).map { _ in Self.alphabet.randomElement(using: &random)! })
            if PasswordPolicy.violations(of: candidate, name: name, mcsId: mcsId).isEmpty { return candidate }
        }
    }
}
