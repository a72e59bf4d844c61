import Core
import Foundation
import FormInput
import FormModels

/// The first stage of a batch: every input file read into records, missing passwords filled in where
/// asked, and every record decoded and checked, so that nothing is written before the batch knows which
/// records are valid.
///
/// Every password of every input (and of the earlier run's book) is known before any record is checked,
/// and every problem of every record is redacted with all of them: a password of one row must not show
/// in a message about another.
struct BatchInput {
    var records: [BatchRecord]
    var redaction: Redaction
    /// The files read, a folder given as the files it holds.
    var files: [String]

    /// The passwords generated for the records that validated, each once, in record order.
    var validatedPasswords: [PasswordBook.Entry] {
        passwords(of: records.filter { $0.document != nil })
    }

    /// The passwords generated for `records`, each once, in record order.
    func passwords(of records: [BatchRecord]) -> [PasswordBook.Entry] {
        var seen = Set<String>()
        return records.flatMap(\.generatedPasswords).filter { seen.insert($0.mcsId.lowercased()).inserted }
    }
}

enum BatchReading {
    /// The records of `inputs` (files, or folders of them) in order, numbered from 1, each application
    /// made into its notice when `derivation` is given; `passwords`, when given, fills in missing ones.
    static func read(_ inputs: [String], passwords: inout PasswordBook?, decoder: InputDecoder, settings: String,
                     derivation: BatchDerivation? = nil) throws -> BatchInput {
        let files = BatchInputFiles.expanded(inputs).map { (source: $0, file: RecordReader.file(at: $0)) }
        var sourced = files.flatMap { source, file in file.records.map { (source: source, record: $0) } }
        if let derivation {
            sourced = try NoticesFromApplications.derive(sourced, derivation, generatingPasswords: passwords != nil, decoder: decoder)
        }
        var raws: [(source: String, record: RawRecord, generated: [PasswordBook.Entry])] = []
        for (source, var record) in sourced {
            let generated = passwords?.fill(&record) ?? []
            raws.append((source, record, generated))
        }
        var redaction = Redaction(files.flatMap(\.file.secrets))
        redaction.insert(contentsOf: passwords?.passwords ?? [])
        let records = raws.enumerated().map { offset, raw in
            record(raw.record, index: offset + 1, source: raw.source, generated: raw.generated,
                   decoder: decoder, redaction: redaction, settings: settings)
        }
        return BatchInput(records: records, redaction: redaction, files: files.map(\.source))
    }

    private static func record(_ raw: RawRecord, index: Int, source: String, generated: [PasswordBook.Entry],
                               decoder: InputDecoder, redaction: Redaction, settings: String) -> BatchRecord {
        // The addressee names the record's file, which the manifest and the terminal show: a password
        // typed into the office is hidden there as in any message.
        let form = raw.text(at: FormContract.formKey)
        let addressee = form.flatMap(FormKind.init(rawValue:)).flatMap { raw.text(at: FormContract.of($0).addressee.map(\.key)) }
            .map { redaction.redact(Shown.value($0, at: .root)) }
        var record = BatchRecord(
            index: index, source: source, line: raw.line, document: nil, problems: raw.problems.map(redaction.apply),
            positions: raw.positions, addressee: addressee, form: form)
        guard let node = raw.node, raw.problems.isEmpty else { return record }
        do {
            let document = try decoder.decode(node: node, redaction: redaction)
            record.document = document
            record.generatedPasswords = generated
            record.inputHash = RecordHash.of(document, settings: settings)
        } catch {
            record.problems = error.diagnostics.map { redaction.apply(raw.positions.place($0)) }
        }
        return record
    }
}
