import CCairoDeflate
import Foundation
@testable import FormRender
import Testing

/// cairo's streams are compressed by libdeflate in one call; what they hold is unchanged.
@Suite(.serialized) struct CairoDeflateTests {
    let date = "2026-11-24T09:00:00+09:00"

    /// The font subsets and everything else cairo compresses go through libdeflate, and every stream
    /// of the file inflates (qpdf decodes each to check it).
    @Test func cairosStreamsAreCompressedByLibdeflate() throws {
        let before = mcs_cairo_deflated_streams()
        let cairo = try PDFRenderer().cairoPDF(try sampleDocument(), creationDate: date)
        let fontStreams = try PDFObjectTable(pdf: cairo).objects.filter { $0.isStream && $0.value.firstRange(of: "/Length1 ") != nil }
        #expect(!fontStreams.isEmpty)
        #expect(mcs_cairo_deflated_streams() - before >= UInt(fontStreams.count))
        let url = try temporaryDirectory().appendingPathComponent("deflated.pdf")
        try Data(try PDFRenderer().pdf(try sampleDocument(), creationDate: date)).write(to: url)
        let check = try run("qpdf", ["--check", url.path])
        #expect(check.status == 0 && check.output.contains("No syntax or stream encoding errors"), "\(check.output)")
    }

    /// Our own streams: any size, the same bytes each time, and zlib's format (RFC 1950: 0x78, a header
    /// divisible by 31) so that a reader inflates them as before.
    @Test(arguments: [0, 1, 100, 70_000, 300_000])
    func compressesInZlibsFormat(_ count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 13) }
        let first = try Deflate.compress(bytes), second = try Deflate.compress(bytes)
        #expect(first == second && first.count >= 6)
        #expect(first[0] == 0x78 && (Int(first[0]) << 8 | Int(first[1])) % 31 == 0)
        #expect(count < 1000 || first.count < count / 2)
    }

    /// A stream equal to one compressed before is given the same bytes again without compressing it;
    /// one of the same length that differs in a single byte is compressed anew, and each inflates to
    /// its own input.
    @Test func aRepeatedStreamIsGivenItsKeptOutput() throws {
        let stream = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) }
        var changed = stream
        changed[4_321] ^= 0x40
        let first = try Deflate.compress(stream)
        let served = mcs_deflate_repeats_served()
        let again = try Deflate.compress(stream)
        #expect(again == first && mcs_deflate_repeats_served() == served + 1)
        let other = try Deflate.compress(changed)
        #expect(other != first && mcs_deflate_repeats_served() == served + 1)
        #expect(try inflated(first) == stream && inflated(other) == changed)
    }

    /// `bytes` inflated by Python's zlib, a decoder of PDF readers' kind.
    private func inflated(_ bytes: [UInt8]) throws -> [UInt8] {
        let url = try temporaryDirectory().appendingPathComponent("stream.zlib")
        try Data(bytes).write(to: url)
        let hex = try run("python3", ["-c", "import sys, zlib; print(zlib.decompress(open(sys.argv[1], 'rb').read()).hex())", url.path])
        try #require(hex.status == 0)
        return stride(from: 0, to: hex.output.count - 1, by: 2).compactMap {
            let start = hex.output.index(hex.output.startIndex, offsetBy: $0)
            return UInt8(hex.output[start...hex.output.index(after: start)], radix: 16)
        }
    }
}
