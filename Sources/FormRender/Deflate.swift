import CZlib

/// zlib (Flate) compression of the streams mcs-forms adds to cairo's PDF.
enum Deflate {
    /// `bytes` compressed at zlib's default level, as cairo compresses its own streams.
    static func compress(_ bytes: [UInt8]) throws(RenderError) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, bytes, uLong(bytes.count), Z_DEFAULT_COMPRESSION)
        guard status == Z_OK else { throw RenderError("PDF のストリームを圧縮できません（zlib \(status)）") }
        output.removeLast(output.count - Int(length))
        return output
    }
}
