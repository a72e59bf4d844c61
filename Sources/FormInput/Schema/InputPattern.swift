/// The regular expressions (ECMA-262, as JSON Schema uses them) of the values the readers check by shape.
///
/// They say in a schema what `ValueReader`'s rules check in Swift; `SchemaPatternTests` feeds both the same
/// strings and expects the same verdict, except where a rule needs more than a shape (password runs).
enum InputPattern {
    static let date = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    private static let localCharacter = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
    private static let label = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    /// `local@domain.tld` in ASCII, as `EmailAddress` checks it.
    static let mcsId = "^\(localCharacter)+(?:\\.\(localCharacter)+)*@\(label)(?:\\.\(label))+$"

    private static let digit = "[0-9\u{FF10}-\u{FF19}]"
    private static let nonDigit = "[^0-9\u{FF10}-\u{FF19}]"
    private static let hyphen = "[-" + HalfWidth.hyphens.sorted { $0.value < $1.value }.map(String.init).joined() + "]"
    /// `NNN-NNNN`, with full-width digits and hyphen look-alikes.
    static let postalCode = "^\(digit){3}\(hyphen)\(digit){4}$"
    /// Groups of digits joined by hyphens, 10 or 11 digits in all.
    static let phone = "^(?=(?:\(nonDigit)*\(digit)){10,11}\(nonDigit)*$)\(digit)+(?:\(hyphen)\(digit)+)*$"

    /// Hiragana, katakana (with ー, ・ and the iteration marks) and spaces.
    static let kana = "^[\u{3041}-\u{3096}\u{309D}\u{309E}\u{30A1}-\u{30FE} \u{3000}]*$"

    /// Printable ASCII, at least 8 characters, letters and digits mixed.
    static let password = "^(?=.*[A-Za-z])(?=.*[0-9])[!-~]{8,}$"

    /// Text that is not blank: what a required text value must be.
    static let notBlank = "\\S"
}
