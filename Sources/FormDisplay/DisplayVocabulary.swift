/// Everything a form's display values can hold: what its template may bind and switch on.
public struct DisplayVocabulary: Sendable, Equatable {
    public var fields: Set<String> = []
    /// Lists by name, with the keys their rows carry.
    public var lists: [String: Set<String>] = [:]
    public var conditions: Set<String> = []
    /// The page frames (`PageFrame`) by name.
    public var frames: Set<String> = []

    public init() {}
}
