import Core
import Foundation

/// Writes a file so that it appears whole or not at all: a temporary file in the same directory,
/// flushed to disk, then renamed over the target. On error nothing is left behind.
///
/// The temporary file is named `.NAME.partial-XXXXXX`; a process killed while writing leaves it, and
/// `isTemporary` tells such a leftover from any file of the user's, so that only it is ever cleaned.
public enum AtomicFileWriter {
    private static let marker = ".partial-"

    /// The final name a leftover temporary file was written for, nil for any other name.
    public static func finalName(ofTemporary name: String) -> String? {
        guard name.hasPrefix("."), let range = name.range(of: marker, options: .backwards),
              name[range.upperBound...].count == 6, range.lowerBound > name.index(after: name.startIndex) else { return nil }
        return String(name[name.index(after: name.startIndex)..<range.lowerBound])
    }

    /// Removes the temporary files a killed writer left in `directory`, for `name` only when given.
    public static func removeLeftovers(in directory: URL, for name: String? = nil) {
        let files = FileManager.default
        for file in (try? files.contentsOfDirectory(atPath: directory.path)) ?? [] {
            guard let target = finalName(ofTemporary: file), name == nil || target == name else { continue }
            try? files.removeItem(at: directory.appendingPathComponent(file))
        }
    }

    /// Writes `data` to `url`, replacing any file there; the file gets `mode` (0600 for a file with
    /// secrets, which is never readable by others, not even while it is being written).
    ///
    /// `durable: false` skips the flush to disk: the file still appears whole or not at all if the
    /// process is killed, but not if the machine loses power before the caller flushes the file system
    /// itself (a batch of many files does so once, at the end, rather than once per file).
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o644, durable: Bool = true) throws(RenderError) {
        let directory = url.deletingLastPathComponent().path
        var template = Array("\(directory)/.\(url.lastPathComponent)\(marker)XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw failure(.temporary, url) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var closed = false
        do throws(RenderError) {
            try writeAll(data, to: descriptor, url: url)
            guard fchmod(descriptor, mode) == 0, !durable || fsync(descriptor) == 0 else { throw failure(.write, url) }
            closed = true
            guard close(descriptor) == 0 else { throw failure(.write, url) }
            guard rename(temporary, url.path) == 0 else { throw failure(.replace, url) }
        } catch {
            if !closed { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, url: URL) throws(RenderError) {
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written else { throw failure(.write, url) }
    }

    private static func failure(_ step: Problem.WriteStep, _ url: URL) -> RenderError {
        RenderError(.cannotWrite(file: url.path, step: step, reason: String(cString: strerror(errno))))
    }
}
