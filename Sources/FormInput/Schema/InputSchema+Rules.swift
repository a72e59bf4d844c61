extension InputSchema {
    /// `if key is value then …`: the required places must be given (text not blank, lists not empty),
    /// the forbidden ones left out or null.
    static func rule(_ rule: InputRule, fields: [InputField]) -> JSONValue {
        let condition: JSONValue = .object([
            ("properties", .object([(rule.key, .object([("const", .string(rule.value))]))])),
            ("required", .array([.string(rule.key)])),
        ])
        return .object([("if", condition), ("then", consequence(rule.required, rule.forbidden, fields: fields))])
    }

    /// The keywords that make the `required` places given and the `forbidden` ones null among `fields`;
    /// places in the items of a list are handled one level down, under the list's `items`.
    private static func consequence(_ required: [InputRule.Place], _ forbidden: [InputRule.Place],
                                    fields: [InputField]) -> JSONValue {
        var properties: [(key: String, members: [(String, JSONValue)])] = []
        func add(_ members: [(String, JSONValue)], to key: String) {
            if let index = properties.firstIndex(where: { $0.key == key }) {
                properties[index].members += members
            } else {
                properties.append((key, members))
            }
        }
        let shapes = Dictionary(fields.map { ($0.key, $0.shape) }, uniquingKeysWith: { first, _ in first })
        let here = required.filter { $0.list == nil }
        for place in here { add(given + (shapes[place.key].map(nonEmpty) ?? []), to: place.key) }
        for place in forbidden where place.list == nil { add([("type", .string("null"))], to: place.key) }
        for list in (required + forbidden).compactMap(\.list).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            let items: [InputField] = if case .list(.group(let inner), _)? = shapes[list] { inner } else { [] }
            let inItems = { (places: [InputRule.Place]) in places.filter { $0.list == list }.map { InputRule.Place($0.key) } }
            add([("items", consequence(inItems(required), inItems(forbidden), fields: items))], to: list)
        }
        let keys: [(String, JSONValue)] = here.isEmpty ? [] : [("required", .array(here.map { .string($0.key) }))]
        return .object(keys + [("properties", .object(properties.map { ($0.key, .object($0.members)) }))])
    }

    /// Not null: an optional value that a rule requires.
    private static let given: [(String, JSONValue)] = [("not", .object([("type", .string("null"))]))]

    /// What a value of `shape` needs beyond not being null to count as given.
    private static func nonEmpty(_ shape: InputShape) -> [(String, JSONValue)] {
        switch shape {
        case .text: [("pattern", .string(InputPattern.notBlank))]
        case .list: [("minItems", .integer(1))]
        default: []
        }
    }
}
