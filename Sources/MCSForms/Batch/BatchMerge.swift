import Foundation
import FormLayout
import FormRender

/// The print file of a batch: every printed record's pages in record order, as one PDF, with a blank
/// back page after each notice of odd length when printing on both sides.
///
/// The records are laid out again (layout is cheap; drawing one PDF with one set of font subsets keeps
/// the file small), so the pages are exactly those of the separate PDFs.
struct BatchMerge {
    let printer: FormPrinter
    let duplex: Bool

    /// Writes the merged PDF of the records `manifest` says were printed (mode 0600 if any has passwords).
    func write(_ records: [BatchRecord], manifest: BatchManifest, to url: URL) throws {
        let printed = Set(manifest.records.filter { $0.status != .failed }.map(\.index))
        var pages: [LaidOutPage] = []
        var first: (LaidOutDocument, String)?
        var secret = false
        for record in records where printed.contains(record.index) {
            guard let text = record.text else { continue }
            let document = try printer.decode(text: text)
            let layout = try printer.layout(of: document)
            if duplex, pages.count % 2 == 1, let last = pages.last {
                pages.append(LaidOutPage(template: "blank", width: last.width, height: last.height))
            }
            pages += layout.pages
            first = first ?? (layout, IssueDate.creationDate(of: document))
            secret = secret || document.carriesPasswords
        }
        guard let (head, creationDate) = first else { return }
        let merged = LaidOutDocument(pages: pages, title: head.title, subject: head.subject, author: head.author,
                                     fontFiles: head.fontFiles)
        try AtomicFileWriter.write(try printer.pdf(of: merged, creationDate: creationDate), to: url,
                                   mode: secret ? 0o600 : 0o644)
    }
}
