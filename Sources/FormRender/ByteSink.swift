import CCairo
import Foundation

/// Collects the bytes cairo writes to a stream (PDF or PNG) in memory.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 17) }

    /// The bytes as `Data`.
    var data: Data { Data(bytes) }

    /// The write callback for cairo; its closure argument is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes
            .append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    /// The closure argument to pass along with `write`; valid while this sink is alive.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
