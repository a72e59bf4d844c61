import Core
import FormInput
import FormModels
import Yams

/// Approval notices (別紙様式2) from a CSV file with one row per user.
///
/// The first row names the columns (`CSVColumn`), in any order, by key or by the words printed on the form:
/// `date` 通知日, `office` 事業所名, `postalCode` 郵便番号, `address` 住所, `representative` 申請代表者名,
/// `applicationDate` 申込日, `decision` 承認・不承認, `rejectionReason` 不承認理由 (the notice) and `name` 氏名,
/// `sex` 性別, `mcsId` MCS ID, `password` パスワード, `admin` 管理者 (the user). Rows with the same office,
/// representative, application date and decision make one notice, in the order of their first row. Every
/// row carries its notice's columns in full: a blank or a ditto mark (同上, 〃) is an error naming the row,
/// never "the same as above", since a row grouped under a blank office would print its user and password
/// on another office's notice. Rows of one notice must agree on its other values (date, address, reason).
///
/// A row is read only when its cells line up with the header: a row with more or fewer cells (a comma
/// in a name that was not quoted), a cell holding a line break (a stray quote swallowing the rows after
/// it) or a quote never closed makes the whole file unreadable, each such row reported without its
/// cells, because its values can no longer be trusted to be what their columns say.
enum CSVNotices {
    private typealias Notice = ApprovalContract
    static let groupingColumns = [Notice.office, Notice.representative, Notice.applicationDate, Notice.decision].map(\.key)
    /// The notice's columns every row must fill.
    static let rowColumns = [Notice.date.key] + groupingColumns
    /// The columns without which no notice can be made.
    static let requiredColumns = rowColumns + Notice.users.children.filter(\.required).map(\.key)
    /// Marks meaning "the same as above", which a row may not use.
    static let dittoMarks: Set<String> = ["同上", "〃", "″", "\"", "同", "上に同じ"]

    /// One record per notice, and the passwords the file holds (which no message may show).
    static func file(_ text: String) -> RecordFile {
        let table = CSVTable(text)
        let secrets = passwords(in: table, text: text)
        guard let header = table.rows.first else { return RecordFile(records: [], secrets: secrets) }
        let headerProblems = headerProblems(header)
        if !headerProblems.isEmpty {
            return RecordFile(records: [RawRecord(at: header.cells[0].place, problems: headerProblems)], secrets: secrets)
        }
        let names = header.cells.compactMap { CSVColumn.named($0.text)?.key }
        let rows = table.rows.dropFirst()
        var problems = rows.flatMap { rowProblems($0, names: names) }
        if let quote = table.unclosedQuote {
            problems.append(Diagnostic(path: .root, problem: .csvUnclosedQuote,
                                       line: quote.line, column: quote.column))
        }
        guard problems.isEmpty else {
            return RecordFile(records: [RawRecord(at: header.cells[0].place, problems: problems)], secrets: secrets)
        }
        var groups: [[String]: [[String: CSVTable.Cell]]] = [:]
        var order: [[String]] = []
        for row in rows {
            let cells = Dictionary(uniqueKeysWithValues: zip(names, row.cells))
            let key = groupingColumns.map { cells[$0]?.text ?? "" }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(cells)
        }
        return RecordFile(records: order.map { notice(rows: groups[$0]!) }, secrets: secrets)
    }

    /// Every password the file holds: its password column's cells as read, and, line by line with every
    /// comma taken as a separator, the cells in that column's place, so that a row swallowed by a stray
    /// quote or shifted by a comma still has its password known.
    /// The header's password column is looked for both ways too, since a stray quote may break the header.
    private static func passwords(in table: CSVTable, text: String) -> Set<String> {
        var found = Set<String>()
        if let header = table.rows.first {
            let columns = header.cells.indices.filter { InputSecrets.isPasswordKey(header.cells[$0].text) }
            for row in table.rows.dropFirst() {
                for column in columns where column < row.cells.count { found.insert(row.cells[column].text) }
            }
        }
        let lines = CSVTable.plainCells(of: text)
        let columns = lines.first.map { header in header.indices.filter { InputSecrets.isPasswordKey(header[$0]) } } ?? []
        for cells in lines.dropFirst() {
            for column in columns where column < cells.count { found.insert(cells[column]) }
        }
        return found
    }

    /// Unknown, repeated and missing columns of the header.
    private static func headerProblems(_ header: CSVTable.Row) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        let known = CSVColumn.all.map(\.key)
        for cell in header.cells {
            let place = (line: cell.place.line, column: cell.place.column)
            guard let column = CSVColumn.named(cell.text) else {
                let names = known + CSVColumn.all.map(\.field.label)
                let unknown = Problem.unknownColumn(shownColumn(cell.text), suggestion: KeySuggestion.nearest(to: cell.text, in: names), known: known)
                problems.append(Diagnostic(path: .root, problem: unknown, line: place.line, column: place.column))
                continue
            }
            if !seen.insert(column.key).inserted {
                problems.append(Diagnostic(path: .root, problem: .repeatedColumn(shownColumn(cell.text)), line: place.line, column: place.column))
            }
        }
        for column in requiredColumns where !seen.contains(column) && problems.isEmpty {
            problems.append(Diagnostic(path: .root, problem: .missingColumn(column), line: header.line, column: 1))
        }
        return problems
    }

    /// A header cell as a message may quote it: a cell holding more than a column name (a stray quote
    /// swallowed the rows after it) is not shown at all, since those rows hold passwords.
    private static func shownColumn(_ text: String) -> String {
        guard text.unicodeScalars.count <= 40, !text.contains(where: \.isNewline) else { return Secret.mask }
        return Shown.key(text)
    }

    /// What keeps one row from being read: its cell count, a line break in a cell, a blank notice column.
    private static func rowProblems(_ row: CSVTable.Row, names: [String]) -> [Diagnostic] {
        guard row.cells.count == names.count else {
            return [Diagnostic(path: .root, problem: .csvCellCount(row.cells.count, header: names.count), line: row.line, column: 1)]
        }
        var problems: [Diagnostic] = []
        for (name, cell) in zip(names, row.cells) {
            if name != Notice.rejectionReason.key, cell.text.contains(where: \.isNewline) {
                problems.append(Diagnostic(path: .root, problem: .csvLineBreak(name),
                                           line: cell.place.line, column: cell.place.column))
            } else if rowColumns.contains(name), cell.text.allSatisfy(\.isWhitespace) || dittoMarks.contains(cell.text) {
                problems.append(Diagnostic(path: .root, problem: .csvBlankNoticeColumn(name, columns: rowColumns),
                                           line: cell.place.line, column: cell.place.column))
            }
        }
        return problems
    }

    /// The notice of one group of rows, with each value's place in the CSV text.
    private static func notice(rows: [[String: CSVTable.Cell]]) -> RawRecord {
        var places: [FieldPath: TextPlace] = [:]
        var problems: [Diagnostic] = []
        /// The column's value, which every row of the notice that gives it must give alike.
        func shared(_ column: String, at path: FieldPath) -> Node? {
            let given = rows.compactMap { row in row[column].flatMap { $0.text.isEmpty ? nil : $0 } }
            guard let first = given.first else { return nil }
            for other in given.dropFirst() where !other.text.unicodeScalars.elementsEqual(first.text.unicodeScalars) {
                problems.append(Diagnostic(path: path, problem: .csvNoticeDisagrees(column, firstLine: first.place.line),
                                           line: other.place.line, column: other.place.column))
            }
            places[path] = first.place
            return Node(first.text)
        }
        var notice = NodeTree()
        notice.set(Node(FormKind.approval.rawValue), at: [FormContract.formKey])
        for column in CSVColumn.notice {
            if let node = shared(column.key, at: FieldPath(column.path.map(FieldPath.Component.key))) { notice.set(node, at: column.path) }
        }
        let userKeys = CSVColumn.user.map(\.key)
        let userRows = rows.filter { row in userKeys.contains { row[$0].map { !$0.text.isEmpty } ?? false } }
        let users = userRows.enumerated().map { offset, row -> Node in
            let path = FieldPath([.key(Notice.users.key), .index(offset)])
            places[path] = row.values.map(\.place).min { ($0.line, $0.column) < ($1.line, $1.column) }
            return Node(CSVColumn.user.compactMap { column -> (Node, Node)? in
                guard let cell = row[column.key], !cell.text.isEmpty else { return nil }
                places[path.appending(column.key)] = cell.place
                return (Node(column.key), Node(cell.text))
            })
        }
        if !users.isEmpty { notice.set(Node(users), at: [Notice.users.key]) }
        let start = rows.first?.values.map(\.place).min { ($0.line, $0.column) < ($1.line, $1.column) } ?? TextPlace(line: 1, column: 1)
        var record = RawRecord(node: notice.node, positions: RecordPositions(start: start, places: places))
        record.problems = problems
        return record
    }
}

/// A YAML mapping built key path by key path, keeping the order in which keys were first set.
private struct NodeTree {
    private var entries: [(key: String, value: Entry)] = []

    private enum Entry {
        case leaf(Node)
        case branch(NodeTree)
    }

    mutating func set(_ node: Node, at path: [String]) {
        guard let key = path.first else { return }
        if !entries.contains(where: { $0.key == key }) { entries.append((key, .branch(NodeTree()))) }
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return }
        if path.count == 1 {
            entries[index].value = .leaf(node)
        } else if case .branch(var tree) = entries[index].value {
            tree.set(node, at: Array(path.dropFirst()))
            entries[index].value = .branch(tree)
        }
    }

    var node: Node {
        Node(entries.map { key, value in
            switch value {
            case .leaf(let node): (Node(key), node)
            case .branch(let tree): (Node(key), tree.node)
            }
        })
    }
}
