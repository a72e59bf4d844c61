import Core
import Foundation

/// Reads an input file without reading more than a limit: a regular file larger than the limit is
/// refused by its size before any of it is read, and anything else (a pipe, `<(…)` in a shell) is read
/// only up to one byte past the limit. Foundation's `Data(contentsOf:)` reads the whole file first and
/// refuses pipes, so the reading is written here.
package enum InputFile {
    /// The bytes of the file at `path`, at most `limit` of them; an unreadable or too large file is one problem.
    package static func data(atPath path: String, limit: Int) throws(DiagnosticList) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw problem(.unreadableFile(path)) }
        defer { try? handle.close() }
        var status = stat()
        if fstat(handle.fileDescriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit {
            throw problem(.fileTooLarge(bytes: Int(status.st_size), limit: limit))
        }
        guard let data = try? handle.read(upToCount: limit + 1) ?? Data() else { throw problem(.unreadableFile(path)) }
        guard data.count <= limit else { throw problem(.fileTooLarge(bytes: data.count, limit: limit)) }
        return data
    }

    private static func problem(_ problem: Problem) -> DiagnosticList {
        DiagnosticList([Diagnostic(path: .root, problem: problem)])
    }
}
