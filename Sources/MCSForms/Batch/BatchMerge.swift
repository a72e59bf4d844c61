import Foundation
import FormLayout
import FormRender

/// The print file of a batch: every printed record's pages in record order, as one PDF. Printing on both
/// sides, each record starts on a front side and a page of its own sheet (a cover letter) gets a blank
/// back, so a blank page follows where either would otherwise share a sheet.
///
/// The records are laid out again (layout is cheap; drawing one PDF with one set of font subsets keeps
/// the file small), so the pages are exactly those of the separate PDFs.
struct BatchMerge {
    let printer: FormPrinter
    let duplex: Bool

    /// Refuses a print file that would overwrite a file the batch reads or writes: an input, the
    /// manifest, `passwords.csv`, `mailing.csv` or a record's PDF, however its path is written (`..`, a symbolic or a
    /// hard link). Clears the temporary file an earlier, killed merge into the same file left.
    static func check(_ target: URL, inputs: [String], directory: URL, names: [String]) throws(BatchError) {
        let own = [BatchManifest.fileName, PasswordBook.fileName, MailingList.fileName] + names
        let others = inputs.map { URL(fileURLWithPath: $0) } + own.map { directory.appendingPathComponent($0) }
        let identity = FileIdentity(target)
        if others.contains(where: { FileIdentity($0) == identity }) { throw BatchError(.mergeTargetTaken(target.path)) }
        AtomicFileWriter.removeLeftovers(in: target.deletingLastPathComponent(), for: target.lastPathComponent)
    }

    /// Writes the merged PDF of the records `manifest` says were printed (mode 0600 if any has passwords).
    func write(_ records: [BatchRecord], manifest: BatchManifest, to url: URL) throws {
        let printed = Set(manifest.records.filter { $0.status != .failed }.map(\.index))
        var pages: [LaidOutPage] = []
        var first: (LaidOutDocument, String)?
        var secret = false
        for record in records where printed.contains(record.index) {
            guard let document = record.document else { continue }
            let layout = try printer.layout(of: document)
            for (number, page) in layout.pages.enumerated() {
                if duplex, pages.count % 2 == 1, let last = pages.last, number == 0 || last.ownSheet {
                    pages.append(LaidOutPage(template: "blank", width: last.width, height: last.height))
                }
                pages.append(page)
            }
            first = first ?? (layout, IssueDate.creationDate(of: document))
            secret = secret || document.carriesPasswords
        }
        guard let (head, creationDate) = first else { return }
        let merged = LaidOutDocument(pages: pages, title: head.title, subject: head.subject, author: head.author,
                                     fontFiles: head.fontFiles)
        try AtomicFileWriter.write(try printer.pdf(of: merged, creationDate: creationDate, duplex: duplex), to: url,
                                   mode: secret ? 0o600 : 0o644)
    }
}

/// A file as the file system knows it: its device and inode when it exists, else its path with every
/// symbolic link of its folder resolved.
private struct FileIdentity: Equatable {
    var device: UInt64 = 0
    var inode: UInt64 = 0
    var path = ""

    init(_ url: URL) {
        var status = stat()
        if stat(url.path, &status) == 0 {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        } else {
            path = url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
        }
    }
}
