import Core
import Foundation
import FormDisplay
import FormInput
import FormLayout
import FormModels

/// `mcs-forms batch`: many records, from any number of input files, printed into one PDF each.
///
/// One bad record never stops the others: it is reported (stderr and manifest) and the rest print.
/// Every file appears whole or not at all, so a run killed at any moment can be resumed. Files are
/// flushed to disk at three points: `passwords.csv` before any PDF that prints its passwords, every
/// PDF at once (`syncfs`) before the final manifest, and the manifest and the print file as written.
public enum BatchRunner {
    /// Runs the batch and says what became of every record.
    public static func run(_ options: BatchOptions) throws -> BatchSummary {
        let started = Date()
        // 1. Take the folder: one run at a time; a new folder is private, an existing one keeps its mode.
        let folder = try BatchFolder(options.directory)
        // 2. Read and check every record, filling in missing passwords when asked.
        let passwordsURL = folder.url.appendingPathComponent(PasswordBook.fileName)
        var book = options.generatePasswords ? try PasswordBook(reading: passwordsURL, resuming: options.resume) : nil
        let tables = CodeTableSource.files(in: options.resources.data)
        let decoder = InputDecoder(tables: tables)
        let input = try BatchReading.read(options.inputs, passwords: &book, decoder: decoder,
                                          settings: try RecordHash.settings(of: options), derivation: options.derivation)
        let records = options.order.arranged(input.records)
        let names = FileNamePattern(options.namePattern).names(for: records, total: records.count)
        if let merge = options.merge {
            let read = input.files + [options.derivation?.decisions].compactMap { $0 }
            try BatchMerge.check(merge, inputs: read, directory: folder.url, names: names)
        }
        // 3. Save the passwords of the records that validated, before any PDF prints them.
        if book != nil { try PasswordBook.write(input.validatedPasswords, to: passwordsURL) }
        // 4. Keep what an earlier run finished from this very input.
        let kept = options.resume ? BatchResume.kept(records, names: names, in: folder.url) : [:]
        // 5. Cut the faces down to the characters this batch prints, once for all workers.
        let display = DisplayBuilder(profile: try OrganizationProfile.load(from: options.profile ?? options.resources.defaultProfile),
                                     tables: tables)
        let printed = try records.compactMap(\.document).map { document throws(DiagnosticList) in try display.values(for: document) }
        let characters = try FontSubsets.characters(printing: printed, templates: options.templates ?? options.resources.templates,
                                                    options.resources, profile: options.profile)
        let subsets = try FontSubsets(fonts: try fontFiles(options), characters: characters)
        // 6. Print the rest on every core, then flush them to disk.
        let ledger = BatchLedger(count: records.count, directory: folder.url, progress: options.progress == nil ? .onTerminal(total: records.count) : nil,
                                 watcher: options.progress)
        options.progress?(0, records.count)
        for (position, entry) in kept { ledger.record(entry, at: position) }
        try BatchWorkers(options: options, fontSubsets: subsets, redaction: input.redaction)
            .print(records, names: names, skipping: Set(kept.keys), into: ledger)
        folder.sync()
        // 7. Save the manifest, the mailing list, the passwords of what was printed, then the merged print file.
        let manifest = ledger.manifest
        try manifest.write(to: folder.url)
        try MailingList.write(records, manifest: manifest, redaction: input.redaction, to: folder.url)
        if book != nil {
            let printed = Set(manifest.records.filter { $0.status != .failed }.map(\.index))
            try PasswordBook.write(input.passwords(of: records.filter { printed.contains($0.index) }), to: passwordsURL)
        }
        if let merge = options.merge {
            let printer = try FormPrinter(batch: options, fontSubsets: subsets)
            try BatchMerge(printer: printer, duplex: options.duplex).write(records, manifest: manifest, to: merge)
        }
        let secret = records.contains { $0.document?.carriesPasswords ?? false }
        return BatchSummary(manifest: manifest, seconds: Date().timeIntervalSince(started), directory: folder.url,
                            folderOpenToOthers: secret && folder.isOpenToOthers)
    }

    private static func fontFiles(_ options: BatchOptions) throws -> [String: FontFile] {
        try FontManifest.load(options.resources.fontManifest).set(in: options.typeface).faces
            .mapValues { FontFile(path: $0.file, index: $0.index ?? 0) }
    }
}
