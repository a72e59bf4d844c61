extension InputSchema {
    /// `if key is value then …`: the required places must be given (text not blank, lists not empty),
    /// the forbidden ones left out or null.
    static func rule(_ rule: InputRule, fields: [InputField]) -> JSONValue {
        let condition: JSONValue = .object([
            ("properties", .object([(rule.key, .object([("const", .string(rule.value))]))])),
            ("required", .array([.string(rule.key)])),
        ])
        var then = Keywords()
        for place in rule.required {
            if let list = place.list {
                let item: JSONValue = .object([
                    ("required", .array([.string(place.key)])),
                    ("properties", .object([(place.key, .object(given))])),
                ])
                then.add(("items", item), to: list)
            } else {
                then.required.append(.string(place.key))
                let shape = fields.first { $0.key == place.key }?.shape
                then.add(contentsOf: given + (shape.map(nonEmpty) ?? []), to: place.key)
            }
        }
        for place in rule.forbidden {
            let null: JSONValue = .object([("type", .string("null"))])
            if let list = place.list {
                then.add(("items", .object([("properties", .object([(place.key, null)]))])), to: list)
            } else {
                then.add(contentsOf: Array(null.members), to: place.key)
            }
        }
        return .object([("if", condition), ("then", then.json)])
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

    /// The `then` of a rule, built up key by key in order.
    private struct Keywords {
        var required: [JSONValue] = []
        private var properties: [(key: String, members: [(String, JSONValue)])] = []

        mutating func add(_ member: (String, JSONValue), to key: String) {
            add(contentsOf: [member], to: key)
        }

        mutating func add(contentsOf members: [(String, JSONValue)], to key: String) {
            if let index = properties.firstIndex(where: { $0.key == key }) {
                properties[index].members += members
            } else {
                properties.append((key, members))
            }
        }

        var json: JSONValue {
            var members: [(String, JSONValue)] = []
            if !required.isEmpty { members.append(("required", .array(required))) }
            members.append(("properties", .object(properties.map { ($0.key, .object($0.members)) })))
            return .object(members)
        }
    }
}

extension JSONValue {
    /// The members of an object; empty for any other value.
    var members: [(String, JSONValue)] {
        if case .object(let members) = self { return members }
        return []
    }
}
