import Core
import Foundation
import FormRender

/// `DIR/manifest.json`: what became of every record of a batch, rewritten as the batch goes so that an
/// interrupted run can be resumed. It never holds a password: its problems are redacted with every
/// password of the batch's inputs before they reach it.
struct BatchManifest: Codable, Sendable {
    /// What became of one record.
    enum Status: String, Codable, Sendable {
        /// Its PDF was written by this run.
        case rendered
        /// Its PDF was already there from an earlier run, with the hash the manifest gave it.
        case kept
        /// It could not be printed; `errors` says why.
        case failed
    }

    /// One record's entry.
    struct Entry: Codable, Sendable {
        var index: Int
        var source: String
        var line: Int
        var status: Status
        var file: String?
        var pages: Int?
        var sha256: String?
        /// The hash of the record's input, passwords and settings the PDF was made from (`RecordHash`).
        var inputSHA256: String?
        var errors: [Problem]?
    }

    /// One problem of a failed record, placed in its input file.
    struct Problem: Codable, Sendable {
        var path: String
        var line: Int?
        var column: Int?
        var message: String

        /// The problem as the manifest shows it: a diagnostic already redacted (`Redaction`).
        init(_ diagnostic: Diagnostic) {
            path = diagnostic.path.description
            line = diagnostic.line
            column = diagnostic.column
            message = diagnostic.hint.map { "\(diagnostic.message)（\($0)）" } ?? diagnostic.message
        }
    }

    var records: [Entry]

    static let fileName = "manifest.json"

    /// The manifest in `directory`, if an earlier run left one.
    static func load(from directory: URL) -> BatchManifest? {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(BatchManifest.self, from: data)
    }

    /// Writes the manifest into `directory` through a temporary file; `durable` flushes it to disk.
    func write(to directory: URL, durable: Bool = true) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFileWriter.write(try encoder.encode(self), to: directory.appendingPathComponent(Self.fileName), durable: durable)
    }
}
