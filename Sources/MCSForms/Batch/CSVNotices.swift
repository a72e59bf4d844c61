import Core
import FormModels
import Yams

/// Approval notices (別紙様式2) from a CSV file with one row per user.
///
/// The first row names the columns, in any order: `date`, `office`, `representative`,
/// `applicationDate`, `decision`, `rejectionReason` (the notice) and `name`, `sex`, `mcsId`,
/// `password`, `admin` (the user). Rows with the same office, representative, application date and
/// decision make one notice, in the order of their first row; the notice's `date` and
/// `rejectionReason` come from its first row that gives them. Empty cells count as absent.
enum CSVNotices {
    static let noticeColumns = ["date", "office", "representative", "applicationDate", "decision", "rejectionReason"]
    static let userColumns = ["name", "sex", "mcsId", "password", "admin"]
    static let groupingColumns = ["office", "representative", "applicationDate", "decision"]

    /// One record per notice; a header naming an unknown column makes the whole file one unreadable record.
    static func records(in text: String) -> [RawRecord] {
        let table = CSVTable(text)
        guard let header = table.rows.first else { return [] }
        let names = header.map(\.text)
        if let unknown = header.first(where: { !(noticeColumns + userColumns).contains($0.text) }) {
            let problem = Diagnostic(
                path: .root, message: Wording.unknownKey + ": \(unknown.text)",
                hint: Wording.knownKeys(noticeColumns + userColumns))
            return [RawRecord(at: unknown.place, problem: problem)]
        }
        var groups: [[String]: [[String: CSVTable.Cell]]] = [:]
        var order: [[String]] = []
        for row in table.rows.dropFirst() {
            let cells = Dictionary(zip(names, row), uniquingKeysWith: { first, _ in first })
            let key = groupingColumns.map { cells[$0]?.text ?? "" }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(cells)
        }
        return order.map { notice(rows: groups[$0]!) }
    }

    /// The notice of one group of rows, with each value's place in the CSV text.
    private static func notice(rows: [[String: CSVTable.Cell]]) -> RawRecord {
        var places: [FieldPath: TextPlace] = [:]
        func value(_ column: String, in row: [String: CSVTable.Cell], at path: FieldPath) -> Node? {
            guard let cell = row[column], !cell.text.isEmpty else { return nil }
            places[path] = cell.place
            return Node(cell.text)
        }
        func first(_ column: String, at path: FieldPath) -> Node? {
            rows.lazy.compactMap { value(column, in: $0, at: path) }.first
        }
        var pairs: [(Node, Node)] = [(Node("form"), Node("approval"))]
        for key in ["date", "representative", "applicationDate", "decision", "rejectionReason"] {
            if let node = first(key, at: FieldPath([.key(key)])) { pairs.append((Node(key), node)) }
        }
        if let office = first("office", at: FieldPath(parsing: "office.name")) {
            pairs.append((Node("office"), Node([(Node("name"), office)])))
        }
        let users = rows.enumerated().map { offset, row -> Node in
            let path = FieldPath([.key("users"), .index(offset)])
            places[path] = row.values.map(\.place).min { ($0.line, $0.column) < ($1.line, $1.column) }
            return Node(userColumns.compactMap { key in value(key, in: row, at: path.appending(key)).map { (Node(key), $0) } })
        }
        if !users.isEmpty { pairs.append((Node("users"), Node(users))) }
        let start = places[FieldPath([.key("users"), .index(0)])] ?? TextPlace(line: 1, column: 1)
        return RawRecord(node: Node(pairs), positions: RecordPositions(start: start, places: places))
    }
}
