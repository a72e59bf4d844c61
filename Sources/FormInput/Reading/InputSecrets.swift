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
        values(in: [node])
    }

    /// The passwords in the trees under `nodes` (a batch's records).
    package static func values(in nodes: [Node]) -> Set<String> {
        var found = Set<String>()
        var keys: [String: KeyReading] = [:]
        for node in nodes { collect(node, into: &found, keys: &keys) }
        return found
    }

    /// What a key says of passwords, worked out once per distinct key of an input: a batch's thousands
    /// of records repeat a handful of keys, and telling a misspelt password key costs an edit distance.
    private struct KeyReading {
        let namesPassword: Bool
        let runInValue: String?

        init(_ key: String) {
            namesPassword = InputSecrets.isPasswordKey(key)
            runInValue = InputSecrets.runInValue(of: key)
        }
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

    private static func collect(_ node: Node, into found: inout Set<String>, keys: inout [String: KeyReading]) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                let reading = keys[name] ?? KeyReading(name)
                keys[name] = reading
                if let runIn = reading.runInValue { found.insert(runIn) }
                if reading.namesPassword, let text = value.scalar?.string {
                    found.insert(text)
                } else {
                    collect(value, into: &found, keys: &keys)
                }
            }
        case .sequence(let sequence):
            for item in sequence { collect(item, into: &found, keys: &keys) }
        case .scalar, .alias:
            break
        }
    }
}
