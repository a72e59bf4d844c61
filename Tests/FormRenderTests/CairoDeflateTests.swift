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
}
