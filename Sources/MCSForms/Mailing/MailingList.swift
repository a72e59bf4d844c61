import Core
import Foundation
import FormInput
import FormModels
import FormRender

/// `DIR/mailing.csv`: one row per envelope of a batch of approval notices, in print order, for whoever
/// stuffs and posts them: 順番, 〒, 住所, 事業所名, 代表者, ページ数 (of its PDF: the cover letter and the notice), ファイル.
///
/// UTF-8 with a byte order mark, so that Excel opens it as UTF-8. It holds no password (the notices and
/// `passwords.csv` do): a password typed into an office's name or address, or a value that could be one,
/// is masked there as in any message (`Shown`, `Redaction`), and its cells are written as `SpreadsheetCSV`
/// writes any input's text.
enum MailingList {
    static let fileName = "mailing.csv"
    static let header = ["順番", "郵便番号", "住所", "事業所名", "代表者", "ページ数", "ファイル"]

    /// The rows of the printed approval notices among `records`, as the manifest says they printed.
    static func rows(_ records: [BatchRecord], manifest: BatchManifest, redaction: Redaction) -> [[String]] {
        let entries = Dictionary(manifest.records.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        return records.sorted { $0.index < $1.index }.compactMap { record in
            guard case .approval(let notice)? = record.document?.form, let entry = entries[record.index],
                  entry.status != .failed, let file = entry.file else { return nil }
            let given = [notice.office.postalCode, notice.office.address, notice.office.name, notice.representative]
            return [String(record.index)] + given.map { redaction.redact(Shown.value($0 ?? "", at: .root)) }
                + [entry.pages.map(String.init) ?? "", file]
        }
    }

    /// Writes the list into `directory` when the batch printed any approval notice.
    static func write(_ records: [BatchRecord], manifest: BatchManifest, redaction: Redaction, to directory: URL) throws {
        let rows = rows(records, manifest: manifest, redaction: redaction)
        guard !rows.isEmpty else { return }
        let text = "\u{FEFF}" + SpreadsheetCSV.text([header] + rows)
        // Names and addresses of offices and people: readable by its owner only, as the notices are.
        try AtomicFileWriter.write(Data(text.utf8), to: directory.appendingPathComponent(fileName), mode: 0o600)
    }
}
