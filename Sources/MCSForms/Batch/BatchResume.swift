import Foundation

/// What `--resume` keeps: each record whose PDF an earlier run finished, still on disk with the hash
/// the earlier manifest gave it, under the name this run would give it, and made from exactly this
/// record's input, passwords and settings (`RecordHash`). Anything else is printed again.
enum BatchResume {
    /// Entries to keep, by record position (0-based).
    static func kept(_ records: [BatchRecord], names: [String], in directory: URL) -> [Int: BatchManifest.Entry] {
        guard let earlier = BatchManifest.load(from: directory) else { return [:] }
        let entries = Dictionary(earlier.records.map { ($0.index, $0) }, uniquingKeysWith: { _, last in last })
        var kept: [Int: BatchManifest.Entry] = [:]
        for (position, record) in records.enumerated() {
            guard var entry = entries[record.index], entry.status != .failed, entry.source == record.source,
                  entry.line == record.line, entry.file == names[position], let input = record.inputHash,
                  entry.inputSHA256 == input, let hash = entry.sha256,
                  let data = FileManager.default.contents(atPath: directory.appendingPathComponent(names[position]).path),
                  FileHash.sha256(of: data) == hash
            else { continue }
            entry.status = .kept
            kept[position] = entry
        }
        return kept
    }
}
