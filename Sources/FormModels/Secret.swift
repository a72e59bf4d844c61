/// A value that must never be printed in messages or logs, such as an initial password.
///
/// Its `description` is `****`; only the form's own password cell reads `value`.
public struct Secret: Hashable, Sendable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The secret text, exactly as written.
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    /// How a secret is shown anywhere but its own cell.
    public static let mask = "****"

    public var description: String { Secret.mask }
    public var debugDescription: String { Secret.mask }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
