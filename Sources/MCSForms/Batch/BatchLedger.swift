import Foundation

/// The entries of a running batch, filled in by the workers in any order and shared between them.
///
/// The manifest is rewritten (whole, through a temporary file) at most every `saveInterval`, and the
/// progress is told after every record, so a run killed at any moment leaves a manifest that matches
/// the PDFs it names. Nothing is flushed to disk file by file: a killed process loses nothing it wrote,
/// and after a power failure `--resume` checks every hash anyway.
final class BatchLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [BatchManifest.Entry?]
    private var done = 0
    private var lastSave = Date.distantPast
    private var saving = false
    private let directory: URL
    private let progress: BatchProgress?
    private let watcher: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    static let saveInterval: TimeInterval = 0.5

    init(count: Int, directory: URL, progress: BatchProgress?, watcher: (@Sendable (Int, Int) -> Void)? = nil) {
        self.watcher = watcher
        entries = Array(repeating: nil, count: count)
        self.directory = directory
        self.progress = progress
    }

    /// Records what became of the record at `position` (0-based). When a save is due, the manifest is
    /// copied under the lock and written outside it, so the other workers go on meanwhile; the last
    /// save of a run (by the runner, after every worker has returned) can never be overtaken.
    func record(_ entry: BatchManifest.Entry, at position: Int) {
        let due: BatchManifest? = lock.withLock {
            entries[position] = entry
            done += 1
            progress?.update(done: done)
            watcher?(done, entries.count)
            guard !saving, Date().timeIntervalSince(lastSave) >= Self.saveInterval else { return nil }
            saving = true
            return manifest
        }
        guard let due else { return }
        try? due.write(to: directory, durable: false)
        lock.withLock {
            lastSave = Date()
            saving = false
        }
    }

    /// The manifest of every record finished so far, in record order.
    var manifest: BatchManifest {
        BatchManifest(records: entries.compactMap { $0 })
    }
}
