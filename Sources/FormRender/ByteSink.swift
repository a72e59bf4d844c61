import CCairo
import Foundation

/// Collects the bytes cairo writes to a stream (PDF or PNG) in memory.
///
/// cairo writes a PDF in tens of thousands of small pieces (every number and keyword of a page), so
/// the pieces are copied into a buffer of its own with `memcpy`: appending each to a Swift array, with
/// its uniqueness and exclusivity checks, cost a notice 5 % of its instructions (valgrind, `make bench`).
final class ByteSink {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var count = 0

    init() {
        capacity = 1 << 17
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// The bytes as `Data`.
    var data: Data { Data(bytes: storage, count: count) }

    /// The write callback for cairo; its closure argument is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    /// The closure argument to pass along with `write`; valid while this sink is alive.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    private func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity {
            var grown = capacity * 2
            while grown < count + length { grown *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            larger.update(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity = grown
        }
        (storage + count).update(from: source, count: length)
        count += length
    }
}
