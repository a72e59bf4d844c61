/// A path to one value of a form's input, printed the way users see it: `applicants[1].occupation`.
///
/// Paths point at input keys (the contract's names), so an error raised anywhere in the pipeline,
/// from decoding to layout, names the exact place the user has to correct.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// One step of a path: a mapping key or a list index.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// Parses a dotted path such as `office.name` or `applicants[3].mcsId`.
    public init(parsing text: String) {
        var components: [Component] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: true) {
            var name = Substring(part)
            var indices: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                if let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                    indices.insert(index, at: 0)
                }
                name = name[..<open]
            }
            if !name.isEmpty { components.append(.key(String(name))) }
            components.append(contentsOf: indices.map(Component.index))
        }
        self.components = components
    }

    public static let root = FieldPath()

    public func appending(_ key: String) -> FieldPath {
        FieldPath(components + [.key(key)])
    }

    public func appending(index: Int) -> FieldPath {
        FieldPath(components + [.index(index)])
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool {
        lhs.description < rhs.description
    }
}
