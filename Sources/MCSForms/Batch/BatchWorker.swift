import Core
import Foundation
import FormModels
import FormRender

/// One of a batch's workers: its own `FormPrinter` (so its own FreeType library, faces, templates and
/// code tables, loaded once) printing one record after another.
struct BatchWorker {
    let printer: FormPrinter
    let directory: URL

    init(options: BatchOptions, fontSubsets: FontSubsets?) throws {
        printer = try FormPrinter(batch: options, fontSubsets: fontSubsets)
        directory = options.directory
    }

    /// Prints `record` into `DIR/name` (mode 0600 when it carries passwords) and says how it went.
    func print(_ record: BatchRecord, as name: String) -> BatchManifest.Entry {
        var entry = BatchManifest.Entry(index: record.index, source: record.source, line: record.line, status: .failed)
        guard let text = record.text, record.problems.isEmpty else {
            entry.errors = record.problems.map(BatchManifest.Problem.init)
            return entry
        }
        do {
            let document = try printer.decode(text: text)
            let printed = try printer.print(document: document)
            try AtomicFileWriter.write(printed.pdf, to: directory.appendingPathComponent(name),
                                       mode: document.carriesPasswords ? 0o600 : 0o644, durable: false)
            entry.status = .rendered
            entry.file = name
            entry.pages = printed.layout.pages.count
            entry.sha256 = FileHash.sha256(of: printed.pdf)
        } catch let failure as DiagnosticList {
            entry.errors = failure.diagnostics.map { BatchManifest.Problem(record.positions.place($0)) }
        } catch {
            entry.errors = [BatchManifest.Problem(record.positions.place(Diagnostic(path: .root, message: "\(error)")))]
        }
        return entry
    }
}

extension FormDocument {
    /// Whether the printed form shows initial passwords (an approved notice with users).
    var carriesPasswords: Bool {
        guard case .approval(let notice) = self else { return false }
        return notice.users.contains { $0.password != nil }
    }
}
