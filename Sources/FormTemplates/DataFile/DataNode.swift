import Yams

/// A YAML document reduced to what `Decodable` data needs: text scalars, mappings with string keys,
/// and sequences, with each mapping indexed once (Yams' own `Decoder` searches and copies nodes on
/// every key, which made reading a template most of a one-form render's start-up).
indirect enum DataNode: Sendable {
    case scalar(String, plain: Bool)
    case mapping([String: DataNode])
    case sequence([DataNode])

    init(_ node: Yams.Node) {
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any)
        case .mapping(let mapping):
            var entries: [String: DataNode] = [:]
            for (key, value) in mapping {
                entries[key.string ?? ""] = DataNode(value)
            }
            self = .mapping(entries)
        case .sequence(let sequence):
            self = .sequence(sequence.map(DataNode.init))
        case .alias:
            self = .scalar("", plain: true)
        }
    }

    /// Whether this is YAML's null: an empty or `~`/`null` plain scalar.
    var isNull: Bool {
        guard case .scalar(let text, plain: true) = self else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    var kindName: String {
        switch self {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        }
    }
}
