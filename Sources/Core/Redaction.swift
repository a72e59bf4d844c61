/// The passwords known in an input, and their removal from everything shown about it.
///
/// Masking a value by its key is not enough: a stray quote in a CSV cell, a comma that shifts the
/// columns, a password typed into the wrong field or run into its key (`password=…`) puts a password
/// where a message may quote it. So every password value found in the input, wherever it stands, is
/// collected before anything is checked, and every message, hint and field path shown to anyone is
/// passed through `apply`, which replaces each of them with `****` and escapes what a terminal
/// would act on (`TerminalText`).
public struct Redaction: Sendable, Equatable {
    /// The passwords to hide, longest first, so that a password containing another is hidden whole.
    public private(set) var secrets: [String] = []

    /// Shorter values are not searched for inside messages: a 1–3 character "password" (a shifted CSV
    /// cell such as `男`) would blank out ordinary words, and the password rule needs 8 characters, so
    /// such a value is never a password that works.
    public static let shortestSecret = 4

    /// How a hidden value is shown.
    public static let mask = "****"

    public init<Values: Sequence<String>>(_ secrets: Values) {
        insert(contentsOf: secrets)
    }

    public init() {}

    /// Adds more passwords to hide.
    public mutating func insert<Values: Sequence<String>>(contentsOf values: Values) {
        var all = Set(secrets)
        for value in values where value.unicodeScalars.count >= Self.shortestSecret && value != Self.mask {
            all.insert(value)
        }
        secrets = all.sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
    }

    /// The union of two redactions.
    public func merging(_ other: Redaction) -> Redaction {
        var merged = self
        merged.insert(contentsOf: other.secrets)
        return merged
    }

    /// `text` with every known password replaced by `****` and terminal controls escaped.
    public func redact(_ text: String) -> String {
        var text = text
        for secret in secrets where text.contains(secret) {
            text = text.replacing(secret, with: Self.mask)
        }
        return TerminalText.escaped(text)
    }

    /// The diagnostic as it may be shown: its path, message and hint redacted and escaped.
    public func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        var shown = diagnostic
        shown.path = FieldPath(diagnostic.path.components.map { component in
            if case .key(let key) = component { return .key(redact(key)) }
            return component
        })
        shown.message = redact(diagnostic.message)
        shown.hint = diagnostic.hint.map(redact)
        return shown
    }

    /// Every diagnostic of the list as it may be shown.
    public func apply(_ list: DiagnosticList) -> DiagnosticList {
        DiagnosticList(list.diagnostics.map(apply))
    }
}
