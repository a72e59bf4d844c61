import CSystemCalls
import Foundation
import FormRender

/// The output folder of a batch, held by one run at a time.
///
/// A second batch on a folder in use is refused, instead of mixing two runs' PDFs and passwords: the
/// folder itself is locked (`flock`, released by the kernel however the run ends). A new folder is
/// created readable by its owner only (0700); an existing one keeps the mode its owner gave it, never
/// loosened or tightened behind their back (`isOpenToOthers` lets the run say so). Only the temporary
/// files a killed run of this tool left (`AtomicFileWriter`) are cleared, never a file it did not make.
final class BatchFolder {
    let url: URL
    private let descriptor: Int32
    /// Whether users other than the owner may open the folder.
    let isOpenToOthers: Bool

    /// Takes the folder at `url`, creating it when missing.
    init(_ url: URL) throws(BatchError) {
        self.url = url
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if !files.fileExists(atPath: url.path, isDirectory: &isFolder) {
            do {
                try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw BatchError(.folderUncreatable(url.path))
            }
            guard mkdir(url.path, 0o700) == 0 || errno == EEXIST else { throw BatchError(.folderUncreatable(url.path)) }
        } else if !isFolder.boolValue {
            throw BatchError(.folderUncreatable(url.path))
        }
        descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BatchError(.folderUncreatable(url.path)) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw BatchError(.folderInUse(url.path))
        }
        var status = stat()
        isOpenToOthers = fstat(descriptor, &status) == 0 && status.st_mode & 0o077 != 0
        AtomicFileWriter.removeLeftovers(in: url)
    }

    /// Flushes every file written into the folder to disk (`syncfs`): PDFs are written without a flush
    /// each, and this one call, before the final manifest, makes the run durable.
    func sync() {
        _ = mcs_sync_file_system(descriptor)
    }

    deinit { close(descriptor) }
}
