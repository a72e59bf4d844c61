import Core

/// A `Decoder` over a `DataNode`: decodes the project's own YAML data files (templates, the font
/// manifest) into their `Decodable` types, noting in `reading` every key a type asked for, so that
/// the keys nobody asked for can be reported as unknown.
struct DataNodeDecoder: Decoder {
    let node: DataNode
    let codingPath: [any CodingKey]
    let reading: DataReading
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Where the value being decoded starts in its file.
    var place: DataPlace { node.place }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch(.mapping) }
        return KeyedDecodingContainer(DataNodeKeyedContainer<Key>(mapping: mapping, codingPath: codingPath, reading: reading))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items, _) = node else { throw mismatch(.sequence) }
        return DataNodeUnkeyedContainer(items: items, codingPath: codingPath, reading: reading)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        DataNodeSingleValueContainer(node: node, codingPath: codingPath, reading: reading)
    }

    func mismatch(_ expected: Problem.Shape) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "",
                                      underlyingError: Problem.wrongShape(expected: expected, found: node.kind)))
    }
}

/// The keys every mapping of a data file was asked for, by the mapping's number.
final class DataReading {
    private(set) var asked: [Int: Set<String>] = [:]

    func ask(_ key: String, of mapping: DataMapping) {
        asked[mapping.id, default: []].insert(key)
    }

    func askAll(of mapping: DataMapping) {
        asked[mapping.id, default: []].formUnion(mapping.entries.keys)
    }
}

/// The values of a mapping, by key.
struct DataNodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: DataMapping
    let codingPath: [any CodingKey]
    let reading: DataReading

    var allKeys: [Key] {
        reading.askAll(of: mapping)
        return mapping.entries.keys.compactMap(Key.init(stringValue:))
    }

    func contains(_ key: Key) -> Bool {
        reading.ask(key.stringValue, of: mapping)
        return mapping.entries[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool { try node(for: key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: decoder(for: key))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key], reading: reading).decode(type)
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key], reading: reading).decode(type)
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key], reading: reading).decode(type)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key], reading: reading).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        DataNodeDecoder(node: .mapping(mapping), codingPath: codingPath, reading: reading)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try decoder(for: key)
    }

    private func decoder(for key: Key) throws -> DataNodeDecoder {
        DataNodeDecoder(node: try node(for: key), codingPath: codingPath + [key], reading: reading)
    }

    private func node(for key: Key) throws -> DataNode {
        reading.ask(key.stringValue, of: mapping)
        guard let node = mapping.entries[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: ""))
        }
        return node
    }
}

/// The items of a sequence, in order.
struct DataNodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [DataNode]
    let codingPath: [any CodingKey]
    let reading: DataReading
    var currentIndex = 0

    init(items: [DataNode], codingPath: [any CodingKey], reading: DataReading) {
        self.items = items
        self.codingPath = codingPath
        self.reading = reading
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool {
        guard try next(advancing: false).isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        return try T(from: DataNodeDecoder(node: try next(advancing: true), codingPath: path, reading: reading))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        return try DataNodeDecoder(node: try next(advancing: true), codingPath: path, reading: reading).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        return try DataNodeDecoder(node: try next(advancing: true), codingPath: path, reading: reading).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        return DataNodeDecoder(node: try next(advancing: true), codingPath: path, reading: reading)
    }

    private mutating func next(advancing: Bool) throws -> DataNode {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: ""))
        }
        defer { if advancing { currentIndex += 1 } }
        return items[currentIndex]
    }

    /// The coding key of a sequence item.
    struct IndexKey: CodingKey {
        let intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }
}

/// One scalar (or a whole node handed to a type's own `init(from:)`).
struct DataNodeSingleValueContainer: SingleValueDecodingContainer {
    let node: DataNode
    let codingPath: [any CodingKey]
    let reading: DataReading

    func decodeNil() -> Bool { node.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch try text(plainOnly: true, expected: .flag).lowercased() {
        case "true": return true
        case "false": return false
        default: throw mismatch(.flag)
        }
    }

    func decode(_ type: String.Type) throws -> String {
        try text(plainOnly: false, expected: .text)
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard let value = Double(try text(plainOnly: true, expected: .number)) else { throw mismatch(.number) }
        return value
    }

    func decode(_ type: Int.Type) throws -> Int {
        guard let value = Int(try text(plainOnly: true, expected: .number)) else { throw mismatch(.number) }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: DataNodeDecoder(node: node, codingPath: codingPath, reading: reading))
    }

    private func text(plainOnly: Bool, expected: Problem.Shape) throws -> String {
        guard case .scalar(let text, let plain, _) = node, plain || !plainOnly else { throw mismatch(expected) }
        return text
    }

    private func mismatch(_ expected: Problem.Shape) -> DecodingError {
        let found: Problem.Shape = if case .scalar = node { .text } else { node.kind }
        return .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "",
                                             underlyingError: Problem.wrongShape(expected: expected, found: found)))
    }
}
