/// A `Decoder` over a `DataNode`: decodes the project's own YAML data files (templates, the font
/// manifest) into their `Decodable` types.
struct DataNodeDecoder: Decoder {
    let node: DataNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let entries) = node else { throw mismatch("a mapping") }
        return KeyedDecodingContainer(DataNodeKeyedContainer<Key>(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node else { throw mismatch("a sequence") }
        return DataNodeUnkeyedContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        DataNodeSingleValueContainer(node: node, codingPath: codingPath)
    }

    func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(node.kindName)"))
    }
}

/// The values of a mapping, by key.
struct DataNodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [String: DataNode]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { entries.keys.compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try node(for: key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: DataNodeDecoder(node: try node(for: key), codingPath: codingPath + [key]))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key]).decode(type)
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key]).decode(type)
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key]).decode(type)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try DataNodeSingleValueContainer(node: try node(for: key), codingPath: codingPath + [key]).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try DataNodeDecoder(node: try node(for: key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try DataNodeDecoder(node: try node(for: key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        DataNodeDecoder(node: .mapping(entries), codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        DataNodeDecoder(node: try node(for: key), codingPath: codingPath + [key])
    }

    private func node(for key: Key) throws -> DataNode {
        guard let node = entries[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no key '\(key.stringValue)'"))
        }
        return node
    }
}

/// The items of a sequence, in order.
struct DataNodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [DataNode]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [DataNode], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
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
        return try T(from: DataNodeDecoder(node: try next(advancing: true), codingPath: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        return try DataNodeDecoder(node: try next(advancing: true), codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        return try DataNodeDecoder(node: try next(advancing: true), codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        return DataNodeDecoder(node: try next(advancing: true), codingPath: path)
    }

    private mutating func next(advancing: Bool) throws -> DataNode {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the sequence has ended"))
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

    func decodeNil() -> Bool { node.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch try text(plainOnly: true).lowercased() {
        case "true": return true
        case "false": return false
        default: throw mismatch(type)
        }
    }

    func decode(_ type: String.Type) throws -> String {
        try text(plainOnly: false)
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard let value = Double(try text(plainOnly: true)) else { throw mismatch(type) }
        return value
    }

    func decode(_ type: Int.Type) throws -> Int {
        guard let value = Int(try text(plainOnly: true)) else { throw mismatch(type) }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: DataNodeDecoder(node: node, codingPath: codingPath))
    }

    private func text(plainOnly: Bool) throws -> String {
        guard case .scalar(let text, let plain) = node, plain || !plainOnly else { throw mismatch(String.self) }
        return text
    }

    private func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(type), found \(node.kindName)"))
    }
}
