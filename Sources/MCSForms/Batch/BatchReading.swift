import Core
import Foundation
import FormModels
import Yams

/// The first stage of a batch: every input file read into records, passwords filled in where asked,
/// and each record turned into the input text of one form.
enum BatchReading {
    /// The records of `inputs` in order, numbered from 1; `passwords`, when given, fills in missing ones.
    static func records(of inputs: [String], passwords: inout PasswordBook?) -> [BatchRecord] {
        var records: [BatchRecord] = []
        for input in inputs {
            for var raw in RecordReader.records(in: input) {
                passwords?.fill(&raw)
                records.append(record(raw, index: records.count + 1, source: input))
            }
        }
        return records
    }

    private static func record(_ raw: RawRecord, index: Int, source: String) -> BatchRecord {
        var record = BatchRecord(
            index: index, source: source, line: raw.line, text: nil, problems: raw.problems, positions: raw.positions,
            addressee: raw.text(at: "office", "name") ?? raw.text(at: "explainer", "office"), form: raw.text(at: "form"))
        guard let node = raw.node else { return record }
        do {
            record.text = try raw.text ?? Yams.serialize(node: node, width: -1, allowUnicode: true)
        } catch {
            record.problems.append(raw.positions.place(Diagnostic(path: .root, message: BatchError.cannotSerialize.description)))
        }
        return record
    }
}
