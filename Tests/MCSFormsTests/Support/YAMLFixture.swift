import Yams

/// Decodes a value from an inline YAML string, the way templates are written.
enum YAMLFixture {
    static func decode<T: Decodable>(_ type: T.Type, _ yaml: String) throws -> T {
        try YAMLDecoder().decode(type, from: yaml)
    }
}
