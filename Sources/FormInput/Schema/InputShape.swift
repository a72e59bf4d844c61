import FormModels

/// The shape of one value of a form's input, as the readers in `Forms/` accept it.
///
/// Together with `InputField` and `InputRule` it describes each form's input once; `InputSchema`
/// turns that description into a JSON Schema, and the tests check it against the readers.
package indirect enum InputShape: Sendable {
    /// Free text, kept exactly as written.
    case text
    /// An existing day `YYYY-MM-DD`.
    case date
    /// `true` or `false`.
    case flag
    /// An MCS ID: an e-mail address.
    case mcsId
    /// ふりがな in hiragana or katakana.
    case kana
    /// `NNN-NNNN`, full-width digits allowed.
    case postalCode
    /// Digits and hyphens, 10 or 11 digits, full-width digits allowed.
    case phone
    /// An initial password of 運用ルール 2(1)③.
    case password
    /// A 別表 entry: its number or its exact name.
    case code(CodeTable)
    /// One of fixed words (`approved`, `男` …).
    case choice([String])
    /// Exactly this word (the `form:` of each form).
    case constant(String)
    /// A mapping with these keys and no others.
    case group([InputField])
    /// A list of values of one shape; `nonEmpty` when an empty list is an error.
    case list(InputShape, nonEmpty: Bool)
}

/// One key of a mapping: its shape, whether it must be given, and its name on the printed form.
package struct InputField: Sendable {
    package let key: String
    package let shape: InputShape
    package let required: Bool
    /// What the value is on the form (`事業所名`), shown by editors.
    package let title: String

    package init(_ key: String, _ shape: InputShape, required: Bool = false, title: String) {
        self.key = key
        self.shape = shape
        self.required = required
        self.title = title
    }
}

/// A rule that depends on another value: when `key` is `value`, some keys must be given and others left out.
package struct InputRule: Sendable {
    /// A key of the root mapping, or a key of every item of a list at the root (`users[].password`).
    package struct Place: Hashable, Sendable {
        package let list: String?
        package let key: String

        package init(_ key: String, inItemsOf list: String? = nil) {
            self.list = list
            self.key = key
        }
    }

    package let key: String
    package let value: String
    package let required: [Place]
    package let forbidden: [Place]
}

/// The whole input of one form: its title, its root keys and its conditional rules.
package struct FormInputShape: Sendable {
    package let kind: FormKind
    package let title: String
    package let fields: [InputField]
    package let rules: [InputRule]
}
