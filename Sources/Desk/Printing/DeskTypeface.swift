/// The typefaces the desk offers: the standard one, and the BIZ UD faces for a patient's readable copy
/// (`--typeface ud` of the command line). A form posts its choice as `typeface`; the API takes `typeface=`.
enum DeskTypeface {
    /// The field a form's page posts its choice in; no input of the contract has this name.
    static let field = "typeface"

    /// The choices, standard first: the value posted and the words shown.
    static let choices: [(value: String, label: String)] = [
        ("", "標準（IPAex明朝・ゴシック）"),
        ("ud", "UD（BIZ UD明朝・ゴシック：読みやすい書体）"),
    ]

    /// The typeface a posted value names: nil for the standard one, or for a value the desk does not offer.
    static func named(_ value: String?) -> String? {
        guard let value, !value.isEmpty, choices.contains(where: { $0.value == value }) else { return nil }
        return value
    }
}
