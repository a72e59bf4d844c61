import Core
import FormModels

/// What of an input a message may quote: never a password, never a value that could be one, never a
/// value run into a key for want of `: `. The words around them are `ProblemWording`'s.
package enum Shown {
    /// A value as it may appear in a message: never a password, and never a value that could be one,
    /// since a password typed into another field (an MCS ID, a shifted CSV column) is still a password.
    package static func value(_ value: String, at path: FieldPath) -> String {
        if case .key(let key)? = path.components.last, InputSecrets.isPasswordKey(key) { return Secret.mask }
        return couldBePassword(value) ? Secret.mask : value
    }

    /// Whether `value` has the shape of a password: 8 or more printable ASCII characters without spaces,
    /// letters and digits mixed, and not an e-mail address (an `@` with a dotted domain after it).
    /// Dates, numbers, codes, names and kana never have it, so their messages still quote them.
    static func couldBePassword(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        guard scalars.count >= 8, scalars.allSatisfy({ (0x21...0x7E).contains($0.value) }),
              scalars.contains(where: { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }),
              scalars.contains(where: { ("0"..."9").contains($0) }) else { return false }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        return !(parts.count == 2 && !parts[0].isEmpty && parts[1].contains("."))
    }

    /// A key as it may appear in a message. A key may carry a value run into it for want of `: `
    /// (`password:"…"`, `password Wd4n…`, `password=Wd4n…`), which may be a password: after a colon, after
    /// a password key's name, or when a word of it could be a password, the rest of the key is never
    /// shown; nor is a key that could itself be a password.
    package static func key(_ key: String) -> String {
        guard let separator = key.firstIndex(where: InputSecrets.isSeparator) else {
            return couldBePassword(key) ? Secret.mask : key
        }
        let name = String(key[..<separator]), mark = key[separator]
        let rest = key[key.index(after: separator)...].split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard mark == ":" || mark == "：" || InputSecrets.isPasswordKey(name) || rest.contains(where: couldBePassword)
        else { return key }
        return name + (mark.isWhitespace ? " " : String(mark)) + Secret.mask
    }
}
