import Core
import FormModels

/// How the page names a value: its input's `name` is its input path (`users[2].mcsId`), its `id` the
/// same path with letters, digits and hyphens only (`f-users-2-mcsId`), and its message's id `m-…`.
enum FieldNames {
    static func id(_ path: FieldPath) -> String { "f-" + slug(path) }
    static func messageId(_ path: FieldPath) -> String { "m-" + slug(path) }
    static func hintId(_ path: FieldPath) -> String { "h-" + slug(path) }

    private static func slug(_ path: FieldPath) -> String {
        path.components.map { component in
            switch component {
            case .key(let key): key.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            case .index(let index): String(index)
            }
        }.joined(separator: "-")
    }

    /// What the page calls the value at `entry` in row `row`: its group or list, the row, and its label as
    /// printed on the form (`利用者 2行目 MCS ID`).
    static func label(of entry: ContractEntry, row: Int) -> String {
        var parts = entry.groups.map(\.label)
        if let list = entry.list { parts = [list.label, "\(row + 1)行目"] + parts }
        return (parts + [entry.field.label]).joined(separator: " ")
    }
}
