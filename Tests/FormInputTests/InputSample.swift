import Core
import FormInput
import FormModels

/// Valid inputs built from a form's contract: every key filled with a value its reader accepts.
enum InputSample {
    /// A valid value of `kind`.
    static func value(_ kind: ContractKind) -> JSONValue {
        switch kind {
        case .text: .string("大崎 一郎")
        case .date: .string("2026-11-24")
        case .flag: .bool(true)
        case .mcsId: .string("ichiro@example.jp")
        case .kana: .string("おおさき いちろう")
        case .postalCode: .string("989-6136")
        case .phone: .string("0229-25-5376")
        case .password: .string("Rk7mPq2vXa9t")
        case .code: .integer(1)
        case .choice(let choices): .string(choices[0].value)
        case .constant(let word): .string(word)
        case .group(let fields): .object(fields.map { ($0.key, value($0.kind)) })
        case .list(let item, _, _): .array([value(item)])
        }
    }

    /// One input of a form with every key, or one per rule: the rule's key set to its value and its
    /// forbidden places left out.
    static func variants(of form: FormContract) -> [(rule: ContractRule?, input: JSONValue)] {
        let full = value(.group(form.fields))
        guard !form.rules.isEmpty else { return [(nil, full)] }
        return form.rules.map { rule in
            var input = full.replacing(at: [.key(rule.field.key)], with: .string(rule.value))
            for place in rule.forbidden { input = input.replacing(at: path(of: place), with: nil) }
            return (rule, input)
        }
    }

    /// Every mapping of the form with its path (a list's mappings at its first item) and its fields.
    static func groups(of form: FormContract) -> [(path: FieldPath, fields: [ContractField])] {
        func walk(_ fields: [ContractField], at path: FieldPath) -> [(FieldPath, [ContractField])] {
            [(path, fields)] + fields.flatMap { field -> [(FieldPath, [ContractField])] in
                switch field.kind {
                case .group(let inner): walk(inner, at: path.appending(field.key))
                case .list(.group(let inner), _, _): walk(inner, at: path.appending(field.key).appending(index: 0))
                default: []
                }
            }
        }
        return walk(form.fields, at: .root)
    }

    /// The path of a rule's place in a sample (an item place at the list's first item).
    static func path(of place: ContractRule.Place) -> [FieldPath.Component] {
        place.list.map { [.key($0.key), .index(0), .key(place.field.key)] } ?? [.key(place.field.key)]
    }
}
