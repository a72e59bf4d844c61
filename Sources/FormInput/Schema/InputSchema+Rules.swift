import FormModels

extension InputSchema {
    /// `if key is value then …`: the required places must be given (text not blank, lists not empty),
    /// the forbidden ones left out or null.
    static func rule(_ rule: ContractRule, fields: [ContractField]) -> JSONValue {
        let condition: JSONValue = .object([
            ("properties", .object([(rule.field.key, .object([("const", .string(rule.value))]))])),
            ("required", .array([.string(rule.field.key)])),
        ])
        return .object([("if", condition), ("then", consequence(rule.required, rule.forbidden, fields: fields))])
    }

    /// The keywords that make the `required` places given and the `forbidden` ones null among `fields`;
    /// places in the items of a list are handled one level down, under the list's `items`.
    private static func consequence(_ required: [ContractRule.Place], _ forbidden: [ContractRule.Place],
                                    fields: [ContractField]) -> JSONValue {
        var properties: [(key: String, members: [(String, JSONValue)])] = []
        func add(_ members: [(String, JSONValue)], to key: String) {
            if let index = properties.firstIndex(where: { $0.key == key }) {
                properties[index].members += members
            } else {
                properties.append((key, members))
            }
        }
        let kinds = Dictionary(fields.map { ($0.key, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let here = required.filter { $0.list == nil }
        for place in here { add(given + (kinds[place.field.key].map(nonEmpty) ?? []), to: place.field.key) }
        for place in forbidden where place.list == nil { add([("type", .string("null"))], to: place.field.key) }
        let lists = (required + forbidden).compactMap(\.list?.key).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for list in lists {
            let items = fields.first { $0.key == list }?.children ?? []
            let inItems = { (places: [ContractRule.Place]) in places.filter { $0.list?.key == list }.map { ContractRule.Place($0.field) } }
            add([("items", consequence(inItems(required), inItems(forbidden), fields: items))], to: list)
        }
        let keys: [(String, JSONValue)] = here.isEmpty ? [] : [("required", .array(here.map { .string($0.field.key) }))]
        return .object(keys + [("properties", .object(properties.map { ($0.key, .object($0.members)) }))])
    }

    /// Not null: an optional value that a rule requires.
    private static let given: [(String, JSONValue)] = [("not", .object([("type", .string("null"))]))]

    /// What a value of `shape` needs beyond not being null to count as given.
    private static func nonEmpty(_ kind: ContractKind) -> [(String, JSONValue)] {
        switch kind {
        case .text: [("pattern", .string(InputPattern.notBlank))]
        case .list: [("minItems", .integer(1))]
        default: []
        }
    }
}
