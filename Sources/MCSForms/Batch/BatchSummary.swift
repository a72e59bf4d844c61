import Core
import Foundation

/// What became of a batch: the manifest, and the lines to show the user, escaped for the terminal.
public struct BatchSummary: Sendable {
    let manifest: BatchManifest
    public let seconds: Double
    let directory: URL
    /// Whether passwords were written into a folder that others may open (its mode is left as it was).
    let folderOpenToOthers: Bool

    /// Whether any record could not be printed.
    public var hasFailures: Bool { count(.failed) > 0 }

    /// One line: `1000 件: 作成 998・既存 0・失敗 2（2.41 秒、414 件/秒）→ out`.
    public var line: String {
        let total = manifest.records.count, made = count(.rendered)
        let rate = seconds > 0 ? Int(Double(made) / seconds) : made
        return "\(total) 件: 作成 \(made)・既存 \(count(.kept))・失敗 \(count(.failed))"
            + "（\(String(format: "%.2f", seconds)) 秒、\(rate) 件/秒）→ \(TerminalText.escaped(directory.path))"
    }

    /// What the user should know about the folder, one line each.
    public var notes: String {
        guard folderOpenToOthers else { return "" }
        return "注意: \(TerminalText.escaped(directory.path)) は所有者以外も開けるフォルダです。"
            + "パスワードを含むファイルは 0600 で作りましたが、フォルダの権限は変えていません（chmod 700 で閉じられます）\n"
    }

    /// The problems of the failed records, one per line: `input.yaml:14:9: [3] users[0].mcsId: …`.
    public var problems: String {
        manifest.records.filter { $0.status == .failed }.flatMap { entry in
            (entry.errors ?? []).map { problem in
                let place = [problem.line, problem.column].compactMap { $0.map(String.init) }.joined(separator: ":")
                let path = problem.path.isEmpty ? "" : "\(problem.path): "
                let line = "\(entry.source):\(place.isEmpty ? String(entry.line) : place): [\(entry.index)] \(path)\(problem.message)"
                return TerminalText.escaped(line) + "\n"
            }
        }.joined()
    }

    /// A problem of a record that could not be printed, as the desk lists it.
    public struct Failure: Sendable {
        /// The input file and the line of the record, or of the problem when it has one.
        public let source: String
        public let line: Int
        /// The record's number in the run (from 1).
        public let index: Int
        public let path: String
        public let message: String
    }

    /// Every problem of the records that could not be printed, in record order (passwords hidden).
    public var failures: [Failure] {
        manifest.records.filter { $0.status == .failed }.flatMap { entry in
            (entry.errors ?? []).map { problem in
                Failure(source: entry.source, line: problem.line ?? entry.line, index: entry.index, path: problem.path,
                        message: problem.message)
            }
        }
    }

    /// How many records the run had, printed, and could not print.
    public var total: Int { manifest.records.count }
    public var printed: Int { count(.rendered) + count(.kept) }
    public var failed: Int { count(.failed) }

    private func count(_ status: BatchManifest.Status) -> Int {
        manifest.records.filter { $0.status == status }.count
    }
}
