import CCairo
import Foundation

/// Collects the bytes cairo writes to a stream (PDF or PNG) in memory.
final class ByteSink {
    private(set) var data = Data(capacity: 1 << 17)

    /// The write callback for cairo; its closure argument is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    /// The closure argument to pass along with `write`; valid while this sink is alive.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
