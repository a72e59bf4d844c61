import FormInput

/// When a template element (or page, column, text) applies: `when: approved`, `unless: blank`.
///
/// Conditions are names that the display stage sets (`approved`, `rejected`, `undecided`, `blank`,
/// `patientCopy`, …) and that the layout engine sets per page (`multiSheet`). There is no
/// expression language: one name each for `when` and `unless`, both of which must be satisfied.
public struct Condition: Sendable, Equatable {
    public var when: String?
    public var unless: String?

    public init(when: String? = nil, unless: String? = nil) {
        self.when = when
        self.unless = unless
    }

    /// The condition written on `mapping` (its `when:` and `unless:` keys).
    init(reading mapping: MappingReader) {
        self.init(when: mapping.text("when"), unless: mapping.text("unless"))
    }

    /// Whether the condition holds for the given set of true names.
    public func holds(in conditions: Set<String>) -> Bool {
        if let when, !conditions.contains(when) { return false }
        if let unless, conditions.contains(unless) { return false }
        return true
    }
}
