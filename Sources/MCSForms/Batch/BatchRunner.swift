import Foundation
import FormLayout

/// `mcs-forms batch`: many records, from any number of input files, printed into one PDF each.
///
/// One bad record never stops the others: it is reported (stderr and manifest) and the rest print.
/// Every file appears whole or not at all, so a run killed at any moment can be resumed.
public enum BatchRunner {
    /// Runs the batch and says what became of every record.
    public static func run(_ options: BatchOptions) throws -> BatchSummary {
        let started = Date()
        let directory = options.directory
        // 1. Read every input into records, filling in missing passwords when asked.
        let passwordsURL = directory.appendingPathComponent("passwords.csv")
        var passwords = options.generatePasswords ? PasswordBook(reading: options.resume ? passwordsURL : nil) : nil
        let records = BatchReading.records(of: options.inputs, passwords: &passwords)
        let names = FileNamePattern(options.namePattern).names(for: records, total: records.count)
        // 2. Prepare the folder; the passwords are saved before any PDF that prints them.
        try BatchFolder.prepare(directory)
        if let passwords, !passwords.isEmpty { try passwords.write(to: passwordsURL) }
        // 3. Keep what an earlier run finished.
        let kept = options.resume ? BatchResume.kept(records, names: names, in: directory) : [:]
        // 4. Cut the faces down to the characters this batch prints, once for all workers.
        let inputs = options.inputs.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        let characters = try FontSubsets.characters(of: inputs, options.resources, profile: options.profile)
        let subsets = try FontSubsets(fonts: try fontFiles(options), characters: characters)
        // 5. Print the rest on every core.
        let ledger = BatchLedger(count: records.count, directory: directory, progress: .onTerminal(total: records.count))
        for (position, entry) in kept { ledger.record(entry, at: position) }
        try BatchWorkers(options: options, fontSubsets: subsets)
            .print(records, names: names, skipping: Set(kept.keys), into: ledger)
        // 6. Save the manifest, then the merged print file.
        let manifest = ledger.manifest
        try manifest.write(to: directory)
        if let merge = options.merge {
            let printer = try FormPrinter(batch: options, fontSubsets: subsets)
            try BatchMerge(printer: printer, duplex: options.duplex).write(records, manifest: manifest, to: merge)
        }
        return BatchSummary(manifest: manifest, seconds: Date().timeIntervalSince(started), directory: directory)
    }

    private static func fontFiles(_ options: BatchOptions) throws -> [String: FontFile] {
        try FontManifest.load(options.resources.fontManifest).faces.mapValues { FontFile(path: $0.file, index: $0.index ?? 0) }
    }
}
