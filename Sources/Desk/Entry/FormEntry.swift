import Core
import FormInput
import FormModels
import MCSForms

/// What was entered in a form's page, or loaded from a file, by input path (`office.name`,
/// `users[2].mcsId`), before it is read as the form's input.
///
/// Only the contract's own paths are kept, and a list has at most `InputLimits.listItems` rows, so a
/// hostile request cannot make a page of a million rows. A list of rows has at least one, so that a new
/// form starts with an empty row to fill.
struct FormEntry: Sendable {
    let contract: FormContract
    /// The text of each single value by its path; a list of choices (the consent form's copies) by the
    /// list's path, with every choice made.
    private(set) var values: [String: [String]] = [:]
    /// How many rows each list of rows shows, by the list's key.
    private(set) var rowCounts: [String: Int] = [:]
    /// The typeface the form is printed in (`DeskTypeface`); nil for the standard one.
    var typeface: String?

    /// A new, empty form.
    init(_ contract: FormContract) {
        self.contract = contract
        for list in contract.rowLists { rowCounts[list.key] = 1 }
    }

    /// The form filled with `pairs` (path, text), as a browser sends them; unknown paths are left out.
    init(_ contract: FormContract, pairs: [(String, String)]) {
        self.init(contract)
        for (name, text) in pairs { place(text, at: FieldPath(parsing: name)) }
        typeface = DeskTypeface.named(pairs.last { $0.0 == DeskTypeface.field }?.1)
    }

    /// The form filled from a file's values.
    init(_ contract: FormContract, fields: [InputFields.Value]) {
        self.init(contract)
        for field in fields { place(field.text, at: field.path) }
    }

    /// The text at `entry` in row `row`; "" when nothing was entered.
    func text(_ entry: ContractEntry, row: Int = 0) -> String {
        values[entry.path(row: row).description]?.first ?? ""
    }

    /// Every choice made in a list of choices.
    func choices(_ entry: ContractEntry) -> [String] {
        values[entry.path().description] ?? []
    }

    /// The rows the list `list` shows.
    func rows(of list: ContractField) -> Int {
        rowCounts[list.key] ?? 1
    }

    mutating func set(_ text: String, for entry: ContractEntry, row: Int = 0) {
        values[entry.path(row: row).description] = [text]
    }

    /// Adds an empty row at the end of `list`.
    mutating func addRow(to list: ContractField) {
        rowCounts[list.key] = min(rows(of: list) + 1, InputLimits.listItems)
    }

    /// Removes row `row` of `list`; the rows after it move up. The last row left is emptied instead.
    mutating func removeRow(_ row: Int, of list: ContractField) {
        let count = rows(of: list)
        guard (0..<count).contains(row) else { return }
        let columns = contract.entries.filter { $0.list?.key == list.key }
        for index in row..<count {
            for column in columns {
                values[column.path(row: index).description] = index + 1 < count ? values[column.path(row: index + 1).description] : nil
            }
        }
        rowCounts[list.key] = max(count - 1, 1)
    }

    /// The entry at `path`, and its row, when the path is one of the contract's single values.
    private mutating func place(_ text: String, at path: FieldPath) {
        guard let (entry, row) = contract.entry(at: path) else { return }
        guard (0..<InputLimits.listItems).contains(row) else { return }
        let key = entry.path(row: row).description
        if case .list = entry.field.kind {
            values[key, default: []].append(text)
        } else {
            values[key] = [text]
        }
        if let list = entry.list { rowCounts[list.key] = max(rows(of: list), row + 1) }
    }
}

extension FormContract {
    /// The lists whose items are rows of several values (applicants, users).
    var rowLists: [ContractField] {
        fields.filter { if case .list(.group, _, _) = $0.kind { true } else { false } }
    }

    /// The single value at `path` and its row (0 outside a list); nil for a path of no value. A list of
    /// choices is one value, at the list's path or at any of its items.
    func entry(at path: FieldPath) -> (ContractEntry, Int)? {
        var components = path.components
        var row = 0
        if components.count >= 2, case .key(let key) = components[0], case .index(let index) = components[1],
           rowLists.contains(where: { $0.key == key }) {
            row = index
            components.remove(at: 1)
        } else if case .index? = components.last {
            components.removeLast()
        }
        let target = FieldPath(components)
        guard let entry = entries.first(where: { $0.rowlessPath == target })
        else { return nil }
        return (entry, row)
    }
}

extension ContractEntry {
    /// The path of the value with its list's index left out (`users.mcsId`).
    var rowlessPath: FieldPath {
        var path = FieldPath()
        if let list { path = path.appending(list.key) }
        for group in groups { path = path.appending(group.key) }
        return path.appending(field.key)
    }
}

extension FormEntry {
    /// Fills every empty password of a row with a name or an MCS ID by the batch's generator
    /// (運用ルール 2(1)③); returns how many it filled.
    mutating func fillPasswords() -> Int {
        var generator = PasswordGenerator()
        var filled = 0
        for list in contract.rowLists {
            let columns = contract.entries.filter { $0.list?.key == list.key }
            guard let password = columns.first(where: { if case .password = $0.field.kind { true } else { false } }),
                  case .password(let notLike) = password.field.kind else { continue }
            // The values a password may not be like are the row's name and MCS ID (the contract's own).
            let column = { (field: ContractField?) in columns.first { $0.field.key == field?.key } }
            let name = column(notLike.first { if case .text = $0.kind { true } else { false } })
            let mcsId = column(notLike.first { if case .mcsId = $0.kind { true } else { false } })
            for row in 0..<rows(of: list) where text(password, row: row).isEmpty {
                let userName = name.map { text($0, row: row) } ?? ""
                let userId = mcsId.map { text($0, row: row) } ?? ""
                guard !userName.isEmpty || !userId.isEmpty else { continue }
                set(generator.password(name: userName, mcsId: userId), for: password, row: row)
                filled += 1
            }
        }
        return filled
    }
}
