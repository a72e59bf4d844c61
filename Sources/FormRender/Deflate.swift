import CCairoDeflate
import Core

/// Flate compression of the streams mcs-forms writes into cairo's PDF (the pages' content, the maps
/// of characters, the object and cross-reference streams): libdeflate, at the level cairo's own
/// streams are compressed with (`CCairoDeflate`), in one call.
enum Deflate {
    static func compress(_ bytes: [UInt8]) throws(RenderError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: mcs_deflate_bound(bytes.count))
        let count = bytes.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { target in
                mcs_deflate_compress(input.baseAddress, input.count, target.baseAddress, target.count)
            }
        }
        guard count > 0 else { throw RenderError(.compressionFailed(detail: "libdeflate")) }
        output.removeLast(output.count - count)
        return output
    }
}
