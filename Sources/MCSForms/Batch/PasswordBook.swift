import Foundation
import FormInput
import FormModels
import FormRender
import Yams

/// The initial passwords a batch generated, by MCS ID, kept in `DIR/passwords.csv` (mode 0600) so that
/// they can be registered in MCS, and reused when an interrupted batch is resumed.
///
/// The file is written only with the passwords of records that validated, every cell quoted, and a
/// cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) prefixed with `'`. Read back for `--resume` it is held to the same shape: a row that is not
/// exactly a valid MCS ID and a password, or an MCS ID written twice, is an error rather than a guess,
/// because a forged row would otherwise choose the password printed on someone's notice.
struct PasswordBook {
    /// One user's initial password.
    struct Entry: Equatable, Sendable {
        var mcsId: String
        var password: String
    }

    private typealias Notice = ApprovalContract
    static let fileName = "passwords.csv"
    static let header = [Notice.mcsId.key, Notice.password.key]

    private var known: [String: String] = [:]
    private var generator = PasswordGenerator()

    init() {}

    /// The book of an earlier run at `url` when `resuming` (an empty one when there is none), read strictly.
    init(reading url: URL, resuming: Bool) throws(BatchError) {
        guard resuming, FileManager.default.fileExists(atPath: url.path) else { return }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw BatchError(.passwordBook(line: 1, .unreadable)) }
        let table = CSVTable(text)
        if let quote = table.unclosedQuote { throw BatchError(.passwordBook(line: quote.line, .malformedRow)) }
        guard let header = table.rows.first, header.cells.map(\.text) == Self.header else { throw BatchError(.passwordBook(line: 1, .header)) }
        for row in table.rows.dropFirst() {
            let cells = row.cells.map { SpreadsheetCSV.unneutralised($0.text) }
            guard cells.count == 2, EmailAddress.isValid(cells[0]), !cells[1].isEmpty,
                  !cells[1].contains(where: { $0.isNewline || $0.isWhitespace }) else { throw BatchError(.passwordBook(line: row.line, .malformedRow)) }
            guard known[cells[0].lowercased()] == nil else { throw BatchError(.passwordBook(line: row.line, .duplicateMcsId)) }
            known[cells[0].lowercased()] = cells[1]
        }
    }

    /// Every password the book holds, to be redacted from whatever the batch reports.
    var passwords: [String] { Array(known.values) }

    /// Fills in every missing password of an approved notice's users, in place; says which it filled.
    mutating func fill(_ record: inout RawRecord) -> [Entry] {
        guard record.text(at: FormContract.formKey) == FormKind.approval.rawValue,
              record.text(at: Notice.decision.key) == ApprovalNotice.Decision.approved.rawValue,
              case .mapping(var root)? = record.node, case .sequence(var users)? = root[Notice.users.key] else { return [] }
        var filled: [Entry] = []
        for (offset, user) in users.enumerated() {
            guard case .mapping(var fields) = user, fields[Notice.password.key].map(RecordReader.isNull) ?? true,
                  let mcsId = fields[Notice.mcsId.key]?.scalar?.string else { continue }
            let password = password(for: mcsId, name: fields[Notice.name.key]?.scalar?.string)
            fields[Notice.password.key] = Node(password, .implicit, .doubleQuoted)
            users[offset] = .mapping(fields)
            filled.append(Entry(mcsId: mcsId, password: password))
        }
        guard !filled.isEmpty else { return [] }
        root[Notice.users.key] = .sequence(users)
        record.node = .mapping(root)
        return filled
    }

    /// Writes `entries` as CSV (`mcsId,password`), readable by its owner only, flushed to disk: a
    /// password must be saved before any PDF that prints it.
    static func write(_ entries: [Entry], to url: URL) throws {
        let rows = [header] + entries.map { [$0.mcsId, $0.password] }
        let text = SpreadsheetCSV.text(rows)
        try AtomicFileWriter.write(Data(text.utf8), to: url, mode: 0o600)
    }

    private mutating func password(for mcsId: String, name: String?) -> String {
        if let password = known[mcsId.lowercased()] { return password }
        let password = generator.password(name: name, mcsId: mcsId)
        known[mcsId.lowercased()] = password
        return password
    }
}
