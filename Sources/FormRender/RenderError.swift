/// A page that could not be drawn or a file that could not be written.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
