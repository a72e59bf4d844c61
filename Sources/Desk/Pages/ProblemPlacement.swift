import Core
import FormModels

/// Where each problem of an input shows on the form's page: beside the value it names, or, for a
/// problem of a group or list (`users` missing), beside that group's first value; every problem is also
/// listed at the top with a link to its field.
struct ProblemPlacement {
    /// A line of the list at the top.
    struct Item {
        /// What the page calls the value (`利用者 2行目 MCS ID`); "" for the whole input.
        let label: String
        let message: String
        /// The field the line links to.
        let target: FieldPath?
    }

    private(set) var listed: [Item] = []
    private var byPath: [String: [String]] = [:]

    init(problems: [Diagnostic], entries: [ContractEntry]) {
        for problem in problems {
            let message = problem.message + (problem.hint.map { "（\($0)）" } ?? "")
            guard let (entry, row, path) = Self.field(for: problem.path, in: entries) else {
                listed.append(Item(label: problem.path.description, message: message, target: nil))
                continue
            }
            byPath[path.description, default: []].append(message)
            listed.append(Item(label: FieldNames.label(of: entry, row: row), message: message, target: path))
        }
    }

    func messages(at path: FieldPath) -> [String] {
        byPath[path.description] ?? []
    }

    /// The field a problem at `path` shows at: the value itself, the list of choices holding it, or the
    /// first value under it.
    private static func field(for path: FieldPath, in entries: [ContractEntry]) -> (ContractEntry, Int, FieldPath)? {
        var row = 0
        if path.components.count >= 2, case .index(let index) = path.components[1] { row = index }
        for entry in entries {
            let own = entry.path(row: row)
            if own == path || own.isPrefix(of: path) || path.isPrefix(of: own) { return (entry, row, own) }
        }
        if path.components.count == 2, case .index = path.components[1] {
            let list = FieldPath([path.components[0]])
            if let entry = entries.first(where: { $0.list.map { FieldPath().appending($0.key) } == list }) {
                return (entry, row, entry.path(row: row))
            }
        }
        return nil
    }
}

extension FieldPath {
    /// Whether this path leads to `other` (`users` to `users[0].name`).
    func isPrefix(of other: FieldPath) -> Bool {
        !components.isEmpty && components.count < other.components.count && Array(other.components.prefix(components.count)) == components
    }
}
