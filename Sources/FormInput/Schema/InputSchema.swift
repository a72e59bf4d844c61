import FormModels

/// The JSON Schema (draft 2020-12) of a form's input, generated from its contract (`FormContract`).
///
/// Every mapping is closed (`additionalProperties: false`), 別表 codes are a number range or an
/// exact name read from the code tables, text and lists are bounded as the readers bound them
/// (`InputLimits`), and the rules that depend on `decision` become `if`/`then`.
/// What a schema cannot say (a date before 昭和, a notice dated before its application, the same MCS ID
/// twice, password runs and names) is left to `mcs-forms validate`.
public enum InputSchema {
    /// The URI of the JSON Schema dialect the schemas use.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The file name of a form's schema in `Schemas/`: `application.schema.json`.
    public static func fileName(for kind: FormKind) -> String {
        "\(kind.rawValue).schema.json"
    }

    /// The schema of `kind`'s input.
    public static func document(for kind: FormKind, tables: CodeTables) -> JSONValue {
        document(for: .of(kind), tables: tables)
    }

    /// The schema of the input a contract describes.
    package static func document(for form: FormContract, tables: CodeTables) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string(dialect)),
            ("title", .string(form.title)),
        ]
        members += object(form.fields, tables: tables)
        if !form.rules.isEmpty {
            members.append(("allOf", .array(form.rules.map { rule($0, fields: form.fields) })))
        }
        return .object(members)
    }

    /// The schema of `kind` as the text of its file.
    public static func text(for kind: FormKind, tables: CodeTables) -> String {
        document(for: kind, tables: tables).prettyPrinted
    }

    private static func object(_ fields: [ContractField], tables: CodeTables) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [("type", .string("object"))]
        members.append(("properties", .object(fields.map { ($0.key, property($0, tables: tables)) })))
        let required = fields.filter(\.required).map { JSONValue.string($0.key) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    private static func property(_ field: ContractField, tables: CodeTables) -> JSONValue {
        let members = schema(of: field.kind, required: field.required, tables: tables)
        let title = field.label + (field.hint.map { "（\($0)）" } ?? "")
        return .object([("title", .string(title))] + (field.required ? members : nullable(members)))
    }

    /// The keywords of an optional value, which may also be `null` (absent), as the readers take it.
    private static func nullable(_ members: [(String, JSONValue)]) -> [(String, JSONValue)] {
        members.map { key, value in
            switch (key, value) {
            case ("type", .string(let type)): (key, .array([.string(type), .string("null")]))
            case ("enum", .array(let words)), ("anyOf", .array(let words)):
                (key, .array(words + [key == "enum" ? .null : .object([("type", .string("null"))])]))
            default: (key, value)
            }
        }
    }

    /// The keywords of a value of `kind`; a required text must not be blank, a required list not empty.
    static func schema(of kind: ContractKind, required: Bool = false, tables: CodeTables) -> [(String, JSONValue)] {
        switch kind {
        case .text where required: string(pattern: InputPattern.notBlank) + [("maxLength", .integer(InputLimits.textCharacters))]
        case .text: [("type", .string("string")), ("maxLength", .integer(InputLimits.textCharacters))]
        case .date: string(pattern: InputPattern.date) + [("format", .string("date"))]
        case .flag: [("type", .string("boolean"))]
        case .mcsId: string(pattern: InputPattern.mcsId) + [("format", .string("email"))]
        case .kana: string(pattern: InputPattern.kana)
        case .postalCode: string(pattern: InputPattern.postalCode)
        case .phone: string(pattern: InputPattern.phone)
        case .password: string(pattern: InputPattern.password) + [("minLength", .integer(8))]
        case .code(let name): code(name.table(in: tables))
        case .choice(let choices): [("enum", .array(choices.map { .string($0.value) }))]
        case .constant(let word): [("const", .string(word))]
        case .group(let fields): object(fields, tables: tables)
        case .list(let item, let nonEmpty, _):
            [("type", .string("array")), ("items", .object(schema(of: item, tables: tables)))]
                + (nonEmpty || required ? [("minItems", .integer(1))] : []) + [("maxItems", .integer(InputLimits.listItems))]
        }
    }

    private static func string(pattern: String) -> [(String, JSONValue)] {
        [("type", .string("string")), ("pattern", .string(pattern))]
    }

    /// A 別表 entry: its number in range, or its exact name.
    private static func code(_ table: CodeTable) -> [(String, JSONValue)] {
        let numbers: JSONValue = .object([
            ("type", .string("integer")), ("minimum", .integer(1)), ("maximum", .integer(table.entries.count)),
        ])
        let names: JSONValue = .object([("enum", .array(table.entries.map { .string($0.name) }))])
        return [
            ("description", .string("\(table.label) \(table.title): 番号（1〜\(table.entries.count)）か正確な名前")),
            ("anyOf", .array([numbers, names])),
        ]
    }
}
