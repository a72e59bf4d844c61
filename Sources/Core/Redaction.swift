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
    /// The secrets by the key of their first `shortestSecret` scalars, so that a text is searched in one
    /// pass whatever the number of secrets (a batch of 1,000 notices knows 3,000 passwords).
    private var index: [UInt64: [Int]] = [:]

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
        guard all.count != secrets.count else { return }
        secrets = all.sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
        index = [:]
        for (position, secret) in secrets.enumerated() {
            index[Self.key(Array(secret.unicodeScalars.prefix(Self.shortestSecret))[...]), default: []].append(position)
        }
    }

    /// `text` with every known password replaced by `****` and terminal controls escaped.
    public func redact(_ text: String) -> String {
        var text = text
        for secret in found(in: text) where text.contains(secret) {
            text = text.replacing(secret, with: Self.mask)
        }
        return TerminalText.escaped(text)
    }

    /// The secrets that occur in `text`, longest first.
    private func found(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard !index.isEmpty, scalars.count >= Self.shortestSecret else { return [] }
        var hits = Set<Int>()
        for start in 0...(scalars.count - Self.shortestSecret) {
            guard let candidates = index[Self.key(scalars[start..<(start + Self.shortestSecret)])] else { continue }
            for candidate in candidates where !hits.contains(candidate) {
                let secret = Array(secrets[candidate].unicodeScalars)
                if start + secret.count <= scalars.count, scalars[start..<(start + secret.count)].elementsEqual(secret) {
                    hits.insert(candidate)
                }
            }
        }
        return hits.sorted().map { secrets[$0] }
    }

    /// A hash of a few scalars (collisions are told apart by comparing the secret itself).
    private static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        scalars.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1.value)) &* 1_099_511_628_211 }
    }

    /// The diagnostic as it may be shown: its path and every text its problem quotes redacted and escaped.
    public func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        var shown = diagnostic
        shown.path = FieldPath(diagnostic.path.components.map { component in
            if case .key(let key) = component { return .key(redact(key)) }
            return component
        })
        shown.problem = diagnostic.problem.mapTexts(redact)
        return shown
    }

    /// Every diagnostic of the list as it may be shown.
    public func apply(_ list: DiagnosticList) -> DiagnosticList {
        DiagnosticList(list.diagnostics.map(apply))
    }
}
