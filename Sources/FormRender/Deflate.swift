import Core
import CSystemZlib

/// zlib (Flate) compression of the streams mcs-forms adds to cairo's PDF.
enum Deflate {
    /// `bytes` compressed at zlib's default level, as cairo compresses its own streams, with a window
    /// and hash table no larger than the input needs: zlib's defaults allocate and clear about 270 KB
    /// per stream, more work than compressing the few kilobytes of a notice's objects.
    static func compress(_ bytes: [UInt8]) throws(RenderError) -> [UInt8] {
        let windowBits = Int32(min(15, max(9, (bytes.count - 1).bitWidth - (bytes.count - 1).leadingZeroBitCount)))
        let memoryLevel = windowBits - 7
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, max(memoryLevel, 1),
                            Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw RenderError(.compressionFailed(detail: "deflateInit2")) }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        let status = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw RenderError(.compressionFailed(detail: "zlib \(status)")) }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }
}
