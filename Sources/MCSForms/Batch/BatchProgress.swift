import Foundation

/// A progress bar on standard error — done/total, records per second and time left — redrawn at most
/// ten times a second. Only made when standard error is a terminal.
final class BatchProgress: @unchecked Sendable {
    private let total: Int
    private let start = Date()
    private var lastDraw = Date.distantPast
    private static let width = 30

    /// A progress bar for `total` records, or nil when standard error is not a terminal.
    static func onTerminal(total: Int) -> BatchProgress? {
        isatty(STDERR_FILENO) == 1 ? BatchProgress(total: total) : nil
    }

    private init(total: Int) {
        self.total = total
    }

    /// Redraws the bar after `done` records; the caller serializes calls.
    func update(done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let filled = total > 0 ? Self.width * done / total : Self.width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.width - filled)
        let line = "\r[\(bar)] \(done)/\(total)  \(Int(rate)) 件/秒  残り \(Int(left.rounded(.up))) 秒 "
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
