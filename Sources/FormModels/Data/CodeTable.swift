/// One of the rules' code lists, 別表1 (施設の種類) or 別表2 (職種): numbered names chosen on the forms.
///
/// Names are matched exactly, scalar by scalar, never normalised; aliases (看護士, ヘルパー …) are
/// only ever suggested, never accepted in place of the name.
public struct CodeTable: Sendable, Equatable {
    /// How the rules refer to the list: `別表1`.
    public let label: String
    /// The list's heading: `施設の種類`.
    public let title: String
    /// The entries numbered 1, 2, … in order.
    public let entries: [Entry]

    public init(label: String, title: String, entries: [Entry]) {
        self.label = label
        self.title = title
        self.entries = entries
    }

    /// One numbered name of the list.
    public struct Entry: Sendable, Equatable {
        public let number: Int
        public let name: String
        /// Other names people write for this entry, used only for suggestions.
        public let aliases: [String]

        public init(number: Int, name: String, aliases: [String] = []) {
            self.number = number
            self.name = name
            self.aliases = aliases
        }
    }

    /// The entry numbered `number`.
    public func entry(number: Int) -> Entry? {
        entries.first { $0.number == number }
    }

    /// The entry whose name is exactly `name`, compared scalar by scalar.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name.unicodeScalars.elementsEqual(name.unicodeScalars) }
    }
}
