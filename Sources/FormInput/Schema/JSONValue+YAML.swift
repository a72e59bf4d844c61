import Yams

extension JSONValue {
    /// The value as a YAML document in the contract's format, keys in their order and Japanese text
    /// as written (not escaped), as `Examples/*.yaml` are: what the desk's 「YAMLで保存」 downloads.
    public var yamlText: String {
        // The emitter quotes a scalar only when its plain form would read as something else.
        (try? Yams.serialize(node: yamlNode, indent: 2, width: -1, allowUnicode: true)) ?? prettyPrinted
    }

    /// The value as a YAML node, as a batch reads a record.
    public var yamlNode: Node {
        switch self {
        case .null: Node("null", Tag(.null))
        case .bool(let flag): Node(flag ? "true" : "false", Tag(.bool))
        case .number(let text): Node(text, Tag(.int))
        case .string(let text): Node(text, Tag(.str))
        case .array(let items): Node.sequence(Node.Sequence(items.map(\.yamlNode)))
        case .object(let members): Node.mapping(Node.Mapping(members.map { (Node($0.0, Tag(.str)), $0.1.yamlNode) }))
        }
    }
}
