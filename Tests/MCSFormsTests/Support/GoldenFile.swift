import Foundation

/// Golden files: checked-in expected outputs, re-recorded only with `RECORD_GOLDENS=1`.
///
/// While recording, every written golden still fails its test, so a recording run can never pass
/// by accident; run the tests again to see them pass against the new files.
enum GoldenFile {
    static var recording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    }

    /// The checked-in golden at `url`, or nil when there is none yet.
    static func read(_ url: URL) -> Data? {
        try? Data(contentsOf: url)
    }

    static func record(_ data: Data, at url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
}
