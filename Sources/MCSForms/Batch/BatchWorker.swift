import Core
import Foundation
import FormModels
import FormRender

/// One of a batch's workers: its own `FormPrinter` (so its own FreeType library, faces, templates and
/// code tables, loaded once) printing one record after another.
struct BatchWorker {
    let printer: FormPrinter
    let directory: URL
    let redaction: Redaction

    init(options: BatchOptions, fontSubsets: FontSubsets?, redaction: Redaction) throws {
        printer = try FormPrinter(batch: options, fontSubsets: fontSubsets)
        directory = options.directory
        self.redaction = redaction
    }

    /// Prints `record` into `DIR/name` (mode 0600 when it carries passwords) and says how it went.
    func print(_ record: BatchRecord, as name: String) -> BatchManifest.Entry {
        var entry = BatchManifest.Entry(index: record.index, source: record.source, line: record.line, status: .failed)
        guard let document = record.document else {
            entry.errors = record.problems.map(BatchManifest.Problem.init)
            return entry
        }
        do {
            let printed = try printer.print(document: document)
            try AtomicFileWriter.write(printed.pdf, to: directory.appendingPathComponent(name),
                                       mode: document.carriesPasswords ? 0o600 : 0o644, durable: false)
            entry.status = .rendered
            entry.file = name
            entry.pages = printed.layout.pages.count
            entry.sha256 = FileHash.sha256(of: printed.pdf)
            entry.inputSHA256 = record.inputHash
        } catch let failure as DiagnosticList {
            entry.errors = failure.diagnostics.map { BatchManifest.Problem(redaction.apply(record.positions.place($0))) }
        } catch {
            let problem = Diagnostic(path: .root, problem: .failure("\(error)"))
            entry.errors = [BatchManifest.Problem(redaction.apply(record.positions.place(problem)))]
        }
        return entry
    }
}
