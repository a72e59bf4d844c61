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
    private let directory: URL
    private let progress: BatchProgress?
    static let saveInterval: TimeInterval = 0.5

    init(count: Int, directory: URL, progress: BatchProgress?) {
        entries = Array(repeating: nil, count: count)
        self.directory = directory
        self.progress = progress
    }

    /// Records what became of the record at `position` (0-based).
    func record(_ entry: BatchManifest.Entry, at position: Int) {
        lock.lock()
        defer { lock.unlock() }
        entries[position] = entry
        done += 1
        progress?.update(done: done)
        if Date().timeIntervalSince(lastSave) >= Self.saveInterval {
            try? manifest.write(to: directory, durable: false)
            lastSave = Date()
        }
    }

    /// The manifest of every record finished so far, in record order.
    var manifest: BatchManifest {
        BatchManifest(records: entries.compactMap { $0 })
    }
}
