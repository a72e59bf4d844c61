import Core

/// The rule for initial passwords of 運用ルール 2(1)③: printable ASCII, letters and digits mixed,
/// at least 8 characters, not the MCS ID or the name, and no run of 4 consecutive (1234, abcd, dcba)
/// or repeated (aaaa) characters.
package enum PasswordPolicy {
    /// A broken rule; the wording never includes the password.
    package typealias Violation = Problem.PasswordRule

    static let minimumLength = 8
    static let runLength = 4

    /// Every rule `password` breaks, for the user `name` with MCS ID `mcsId`.
    package static func violations(of password: String, name: String?, mcsId: String?) -> [Violation] {
        let scalars = Array(password.unicodeScalars)
        var found: [Violation] = []
        if !scalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) { found.append(.notASCII) }
        if !(scalars.contains(where: isLetter) && scalars.contains(where: isDigit)) { found.append(.notMixed) }
        if scalars.count < minimumLength { found.append(.tooShort) }
        if isIdOrName(password, name: name, mcsId: mcsId) { found.append(.isIdOrName) }
        if hasRun(scalars) { found.append(.hasRun) }
        return found
    }

    private static func isIdOrName(_ password: String, name: String?, mcsId: String?) -> Bool {
        let folded = password.lowercased()
        let localPart = mcsId.flatMap { $0.split(separator: "@").first }.map { $0.lowercased() }
        let candidates = [mcsId?.lowercased(), localPart, name?.filter { !$0.isWhitespace }.lowercased()]
        return candidates.contains { candidate in
            guard let candidate, !candidate.isEmpty else { return false }
            return folded == candidate || (candidate.count >= runLength && folded.contains(candidate))
        }
    }

    private static func hasRun(_ scalars: [Unicode.Scalar]) -> Bool {
        let values = scalars.map { Int(Character($0).lowercased().unicodeScalars.first?.value ?? $0.value) }
        guard values.count >= runLength else { return false }
        return (0...(values.count - runLength)).contains { start in
            let steps = (start..<(start + runLength - 1)).map { values[$0 + 1] - values[$0] }
            return steps.allSatisfy { $0 == 0 } || steps.allSatisfy { $0 == 1 } || steps.allSatisfy { $0 == -1 }
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
