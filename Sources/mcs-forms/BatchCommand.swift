import ArgumentParser
import Foundation
import MCSForms

/// `mcs-forms batch`: many records into one PDF each, a manifest, and optionally one print file.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "多数の記録から様式の PDF を1件ずつ作ります（manifest.json 付き）。",
        discussion: """
        INPUT: a YAML or JSON list of records, a YAML file with one record per document (---), JSON Lines \
        (.jsonl, one record per line), or CSV (.csv) of approval notices with one row per user and the columns \
        date, office, representative, applicationDate, decision, rejectionReason, name, sex, mcsId, password, \
        admin (rows with the same office, representative, applicationDate and decision make one notice). \
        Bad records are reported on stderr and in DIR/manifest.json; the others still print; the exit code is \
        64 when any record failed. Passwords never appear on stdout, stderr or in the manifest; PDFs that \
        carry them get mode 0600.
        """
    )

    @Argument(help: "Input files (.yaml, .yml, .json, .jsonl, .csv).")
    var inputs: [String]

    @Option(name: .long, help: "The folder for the PDFs, manifest.json and passwords.csv (created with mode 0700).")
    var outDir: String

    @Option(name: .long, help: "File name pattern: {index}, {office}, {form}, {source}, {line}.")
    var name: String = "{index}-{office}"

    @Option(name: .long, help: "Also write every printed record, in record order, into this one PDF.")
    var merge: String?

    @Flag(name: .long, help: "In the merged PDF, start every notice on a front side (blank back pages).")
    var duplex = false

    @Flag(name: .long, help: "Keep PDFs an earlier run finished (same name and the manifest's sha256).")
    var resume = false

    @Flag(name: .long, help: "Fill in missing initial passwords of approved notices and write DIR/passwords.csv (0600).")
    var generatePasswords = false

    @Option(name: .long, help: "Number of workers (default and most: one per core; never more than the records).")
    var jobs: Int?

    @Option(name: .long, help: "An organization profile replacing Templates/data/profile.yaml.")
    var profile: String?

    @Option(name: .long, help: "A folder of templates replacing Templates/ (checked as the shipped ones are).")
    var templates: String?

    func validate() throws {
        if outDir.isEmpty { throw ValidationError(BatchError.noOutputFolder.description) }
        if merge?.isEmpty == true { throw ValidationError("--merge には印刷用にまとめる PDF のファイル名を指定してください") }
        if duplex && merge == nil { throw ValidationError("--duplex は --merge FILE.pdf と一緒に指定してください。") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs は 1 以上にしてください。") }
    }

    func run() throws {
        var options = BatchOptions(inputs: inputs, directory: URL(fileURLWithPath: outDir, isDirectory: true))
        options.namePattern = name
        options.merge = merge.map { URL(fileURLWithPath: $0) }
        options.duplex = duplex
        options.resume = resume
        options.generatePasswords = generatePasswords
        options.workers = jobs ?? options.workers
        options.profile = profile.map { URL(fileURLWithPath: $0) }
        options.templates = templates.map { URL(fileURLWithPath: $0, isDirectory: true) }
        try options.resources.checked()
        let summary = try BatchRunner.run(options)
        FileHandle.standardError.write(Data((summary.problems + summary.notes).utf8))
        print(summary.line)
        if summary.hasFailures { throw ExitCodes.invalidInput }
    }
}
