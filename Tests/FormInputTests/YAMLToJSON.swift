import Core
import FormInput
import Yams

/// Reads YAML (or JSON) as a YAML 1.2 editor does before checking it against a JSON Schema:
/// plain `1` is a number, `true` a boolean, `null` or nothing null, `2026-11-24` and `yes` stay text.
enum YAMLToJSON {
    /// The JSON value of `text`; nil when it is not one readable document.
    static func convert(_ text: String) -> JSONValue? {
        guard let node = try? Yams.compose(yaml: text) else { return text.allSatisfy(\.isWhitespace) ? .null : nil }
        return value(of: node)
    }

    private static func value(of node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar): return value(of: scalar)
        case .sequence(let sequence): return .array(sequence.map(value))
        case .mapping(let mapping): return .object(mapping.map { (key, value) in (key.string ?? "", Self.value(of: value)) })
        case .alias: return .null
        }
    }

    private static func value(of scalar: Node.Scalar) -> JSONValue {
        let text = scalar.string
        guard scalar.style == .plain, scalar.tag.rawValue.isEmpty else { return .string(text) }
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
        if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
        if text.wholeMatch(of: /[-+]?[0-9]+/) != nil { return .number(text.hasPrefix("+") ? String(text.dropFirst()) : text) }
        if text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/) != nil { return .number(text) }
        return .string(text)
    }
}

extension JSONValue {
    /// The value at `path`, nil when there is none.
    func value(at path: [FieldPath.Component]) -> JSONValue? {
        guard let first = path.first else { return self }
        switch (self, first) {
        case let (.object(members), .key(key)): return members.first { $0.0 == key }?.1.value(at: Array(path.dropFirst()))
        case let (.array(items), .index(index)) where items.indices.contains(index):
            return items[index].value(at: Array(path.dropFirst()))
        default: return nil
        }
    }

    /// This value with the one at `path` replaced by `new` (nil removes a key); the parents must exist.
    func replacing(at path: [FieldPath.Component], with new: JSONValue?) -> JSONValue {
        guard let first = path.first else { return new ?? .null }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case let (.object(members), .key(key)):
            guard let index = members.firstIndex(where: { $0.0 == key }) else {
                return new.map { rest.isEmpty ? .object(members + [(key, $0)]) : self } ?? self
            }
            var members = members
            if rest.isEmpty, new == nil { members.remove(at: index) } else { members[index].1 = members[index].1.replacing(at: rest, with: new) }
            return .object(members)
        case let (.array(items), .index(index)) where items.indices.contains(index):
            var items = items
            items[index] = items[index].replacing(at: rest, with: new)
            return .array(items)
        default: return self
        }
    }
}
