import FormModels
import Core
import Yams

/// Finds every password written in an input, before anything else reads it, so that no message about
/// the input can show one (`Redaction`).
///
/// A password is the value of a `password` key at any depth, and also what a hurried writer made of
/// one: the value of a misspelt key (`pasword`, `Password`, `passwd`, `パスワード`), and a value run
/// into its key for want of `: ` (`password Wd4nHs8eKb3y`, `password=Wd4nHs8eKb3y`, `password:Wd4n…`).
package enum InputSecrets {
    /// The passwords in the tree under `node`.
    package static func values(in node: Node) -> Set<String> {
        var found = Set<String>()
        collect(node, into: &found)
        return found
    }

    /// Whether a key names a password, or was probably meant to.
    package static func isPasswordKey(_ key: String) -> Bool {
        let folded = key.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" }
        if [password, "passwd", "pass", "pwd", "pw", "パスワード", "初期パスワード"].contains(folded) { return true }
        if folded.contains("pass") || folded.contains("パスワード") { return true }
        return KeySuggestion.distance(Array(folded.unicodeScalars), Array(password.unicodeScalars)) <= 2
    }

    /// The contract's key of a password.
    private static let password = ApprovalContract.password.key.lowercased()

    /// The value run into a key such as `password Wd4nHs8eKb3y` or `password=…`: what follows the first
    /// separator of a key that begins like a password key; nil for any other key.
    package static func runInValue(of key: String) -> String? {
        guard let separator = key.firstIndex(where: isSeparator) else { return nil }
        let name = String(key[..<separator])
        let value = key[separator...].drop(while: isSeparator)
        guard isPasswordKey(name), !value.isEmpty else { return nil }
        return String(value)
    }

    /// The characters that end a key name: anything but letters, digits, `_` and `-`.
    package static func isSeparator(_ character: Character) -> Bool {
        !(character.isLetter || character.isNumber || character == "_" || character == "-")
    }

    private static func collect(_ node: Node, into found: inout Set<String>) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                if let runIn = runInValue(of: name) { found.insert(runIn) }
                if isPasswordKey(name), let text = value.scalar?.string {
                    found.insert(text)
                } else {
                    collect(value, into: &found)
                }
            }
        case .sequence(let sequence):
            for item in sequence { collect(item, into: &found) }
        case .scalar, .alias:
            break
        }
    }
}
