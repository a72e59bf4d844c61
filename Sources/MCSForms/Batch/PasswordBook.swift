import Foundation
import FormRender
import Yams

/// The initial passwords a batch generated, by MCS ID, kept in `DIR/passwords.csv` (mode 0600) so that
/// they can be registered in MCS, and reused when an interrupted batch is resumed.
struct PasswordBook {
    private(set) var passwords: [(mcsId: String, password: String)] = []
    private var known: [String: String] = [:]
    private var generator = PasswordGenerator()

    /// The book of an earlier run at `url`, or an empty one.
    init(reading url: URL?) {
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else { return }
        for row in CSVTable(text).rows.dropFirst() where row.count >= 2 {
            remember(mcsId: row[0].text, password: row[1].text)
        }
    }

    var isEmpty: Bool { passwords.isEmpty }

    /// Fills in every missing password of an approved notice's users, in place.
    mutating func fill(_ record: inout RawRecord) {
        guard record.text(at: "form") == "approval", record.text(at: "decision") == "approved",
              case .mapping(var root)? = record.node, case .sequence(var users)? = root["users"] else { return }
        var filled = false
        for (offset, user) in users.enumerated() {
            guard case .mapping(var fields) = user, fields["password"].map(RecordReader.isNull) ?? true,
                  let mcsId = fields["mcsId"]?.scalar?.string else { continue }
            fields["password"] = Node(password(for: mcsId, name: fields["name"]?.scalar?.string), .implicit, .doubleQuoted)
            users[offset] = .mapping(fields)
            filled = true
        }
        guard filled else { return }
        root["users"] = .sequence(users)
        record.node = .mapping(root)
        record.text = nil
    }

    /// Writes the book as CSV (`mcsId,password`), readable by its owner only.
    func write(to url: URL) throws {
        let rows = passwords.map { "\($0.mcsId),\($0.password)\n" }.joined()
        try AtomicFileWriter.write(Data(("mcsId,password\n" + rows).utf8), to: url, mode: 0o600)
    }

    private mutating func password(for mcsId: String, name: String?) -> String {
        if let password = known[mcsId] { return password }
        let password = generator.password(name: name, mcsId: mcsId)
        remember(mcsId: mcsId, password: password)
        return password
    }

    private mutating func remember(mcsId: String, password: String) {
        guard known[mcsId] == nil else { return }
        known[mcsId] = password
        passwords.append((mcsId, password))
    }
}
