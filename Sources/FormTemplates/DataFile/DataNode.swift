import Core
import Yams

/// A YAML document reduced to what `Decodable` data needs: text scalars, mappings with string keys,
/// and sequences, with each mapping indexed once (Yams' own `Decoder` searches and copies nodes on
/// every key, which made reading a template most of a one-form render's start-up), and each node's
/// place in the file, so that a problem names its line.
indirect enum DataNode: Sendable {
    case scalar(String, plain: Bool, place: DataPlace)
    case mapping(DataMapping)
    case sequence([DataNode], place: DataPlace)

    /// The node of `node`; mappings are numbered in document order by `counter`.
    init(_ node: Yams.Node, counter: inout Int) {
        let place = DataPlace(node.mark)
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any, place: place)
        case .mapping(let mapping):
            var entries: [String: DataNode] = [:], keys: [String: DataPlace] = [:]
            let id = counter
            counter += 1
            for (key, value) in mapping {
                let name = key.string ?? ""
                entries[name] = DataNode(value, counter: &counter)
                keys[name] = DataPlace(key.mark)
            }
            self = .mapping(DataMapping(id: id, entries: entries, keyPlaces: keys, place: place))
        case .sequence(let sequence):
            self = .sequence(sequence.map { DataNode($0, counter: &counter) }, place: place)
        case .alias:
            self = .scalar("", plain: true, place: place)
        }
    }

    /// Whether this is YAML's null: an empty or `~`/`null` plain scalar.
    var isNull: Bool {
        guard case .scalar(let text, plain: true, _) = self else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    var place: DataPlace {
        switch self {
        case .scalar(_, _, let place), .sequence(_, let place): place
        case .mapping(let mapping): mapping.place
        }
    }

    var kind: Problem.Shape {
        switch self {
        case .scalar: .scalar
        case .mapping: .mapping
        case .sequence: .sequence
        }
    }
}

/// A mapping of a data file: its values and its keys' places, numbered so that the keys a type read
/// from it can be told from the keys nobody asked for.
struct DataMapping: Sendable {
    let id: Int
    let entries: [String: DataNode]
    let keyPlaces: [String: DataPlace]
    let place: DataPlace
}

/// A line and column (from 1) in a data file.
public struct DataPlace: Sendable, Equatable {
    public var line: Int
    public var column: Int

    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
