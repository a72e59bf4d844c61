import Core
import Foundation
import FormDisplay
import MCSForms
import ZIPFoundation

/// The batches of the desk: each in its own private folder (0700) under one folder of this desk, run
/// one at a time, its results downloadable once and then deleted; a batch is deleted an hour after it
/// started whatever became of it, and the desk's folder is emptied when the desk starts.
actor BatchJobs {
    private let root: URL
    private var jobs: [String: BatchJob] = [:]
    private let options: @Sendable (_ inputs: [String], _ folder: URL) -> BatchOptions
    /// How long a batch's files are kept.
    static let lifetime: TimeInterval = 3600

    /// The jobs in `root`, emptied now; `options` gives each run its settings (the desk's profile and templates).
    init(root: URL, options: @escaping @Sendable ([String], URL) -> BatchOptions) throws {
        try? FileManager.default.removeItem(at: root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        self.root = root
        self.options = options
    }

    /// Starts a batch of `input` (named `fileName` by the browser); throws `DeskFailure.busy` while another runs.
    func start(_ input: Data, fileName: String, settings asked: BatchJob.Settings) throws -> String {
        sweep()
        if jobs.values.contains(where: { if case .running = $0.state { true } else { false } }) { throw DeskFailure.busy }
        let id = Self.newID()
        let job = BatchJob(id: id, fileName: String(fileName.suffix(200)), folder: root.appendingPathComponent(id, isDirectory: true), started: Date())
        try FileManager.default.createDirectory(at: job.folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let inputFile = job.folder.appendingPathComponent("input." + Self.fileExtension(of: fileName))
        // The input may hold passwords: readable by this desk only.
        guard FileManager.default.createFile(atPath: inputFile.path, contents: input,
                                             attributes: [.posixPermissions: 0o600]) else { throw DeskFailure.badRequest(.upload) }
        jobs[id] = job
        var settings = options([inputFile.path], job.output)
        settings.generatePasswords = asked.generatePasswords
        settings.duplex = asked.duplex
        settings.coverLetter = asked.coverLetter ? CoverLetter() : nil
        settings.order = asked.sortedForThePost ? .postalCode : .input
        settings.merge = job.file(.print)
        settings.progress = { done, total in Task { await self.progress(id, done: done, total: total) } }
        let runSettings = settings
        DispatchQueue.global().async {
            let outcome = Result { try BatchRunner.run(runSettings) }
            Task { await self.finish(id, outcome) }
        }
        return id
    }

    func job(_ id: String) -> BatchJob? {
        sweep()
        return jobs[id]
    }

    /// The file of `download`, once: it is deleted as it is handed over, and the batch's folder (its input
    /// among it) with the last one.
    func take(_ download: BatchJob.Download, of id: String) throws -> Data? {
        guard var job = jobs[id], job.waiting.contains(download) else { return nil }
        let data = try Data(contentsOf: job.file(download))
        try? FileManager.default.removeItem(at: job.file(download))
        job.waiting.remove(download)
        jobs[id] = job
        if job.waiting.isEmpty { try? FileManager.default.removeItem(at: job.folder) }
        return data
    }

    private func progress(_ id: String, done: Int, total: Int) {
        guard var job = jobs[id], case .running(let shown, _) = job.state, done >= shown else { return }
        job.state = .running(done: done, total: total)
        jobs[id] = job
    }

    private func finish(_ id: String, _ outcome: Result<BatchSummary, any Error>) {
        guard var job = jobs[id] else { return }
        switch outcome {
        case .success(let summary):
            job.state = .finished(summary)
            if summary.printed > 0 {
                job.waiting = [.print]
                if (try? Self.zip(job.output, to: job.file(.pdfs))) != nil { job.waiting.insert(.pdfs) }
            }
            for list in [BatchJob.Download.passwords, .mailing] {
                let written = job.output.appendingPathComponent(list.rawValue)
                if (try? FileManager.default.moveItem(at: written, to: job.file(list))) != nil { job.waiting.insert(list) }
            }
        case .failure(let error):
            job.state = .failed(String(describing: error))
        }
        // Nothing to download: nothing of the batch is kept.
        if job.waiting.isEmpty { try? FileManager.default.removeItem(at: job.folder) }
        jobs[id] = job
    }

    /// Deletes every batch older than its lifetime, with its files.
    private func sweep() {
        for (id, job) in jobs where Date().timeIntervalSince(job.started) > Self.lifetime {
            if case .running = job.state { continue }
            try? FileManager.default.removeItem(at: job.folder)
            jobs[id] = nil
        }
    }

    /// The PDFs and manifest of `folder` as one ZIP (stored: the PDFs are compressed already), 0600.
    private static func zip(_ folder: URL, to file: URL) throws {
        let archive = try Archive(url: file, accessMode: .create)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".pdf") || $0 == "manifest.json" }.sorted()
        for name in names { try archive.addEntry(with: name, relativeTo: folder, compressionMethod: .none) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    }

    /// A batch's address: 128 random bits, so that no one guesses another's.
    private static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// The extension the batch reads the file by: `.csv`, `.jsonl`, `.json`, `.yaml` (the default).
    private static func fileExtension(of name: String) -> String {
        let suffix = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return ["csv", "jsonl", "json", "yaml", "yml"].contains(suffix) ? suffix : "yaml"
    }
}
