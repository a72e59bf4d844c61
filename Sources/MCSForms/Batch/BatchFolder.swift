import Foundation

/// The output folder of a batch: created readable by its owner only (mode 0700), and cleared of the
/// temporary files a killed run may have left (`.NAME.XXXXXX`, never a final name).
enum BatchFolder {
    static func prepare(_ directory: URL) throws {
        let files = FileManager.default
        try files.createDirectory(at: directory, withIntermediateDirectories: true)
        guard chmod(directory.path, 0o700) == 0 else { throw BatchError.cannotCreate(directory.path) }
        for name in try files.contentsOfDirectory(atPath: directory.path) where isLeftover(name) {
            try? files.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// Whether `name` is a temporary file of `AtomicFileWriter`: `.` + final name + `.` + six characters.
    static func isLeftover(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard name.hasPrefix("."), parts.count >= 4, let suffix = parts.last, suffix.count == 6 else { return false }
        return ["pdf", "json", "csv"].contains(parts[parts.count - 2].lowercased())
    }
}
