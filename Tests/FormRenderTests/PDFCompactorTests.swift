import Foundation
@testable import FormRender
import Testing

/// The compacted PDF holds exactly cairo's objects, packed into an object stream with a
/// cross-reference stream; what the compactor cannot read it reports instead of guessing.
@Suite struct PDFCompactorTests {
    let date = "2026-11-24T09:00:00+09:00"

    func cairoAndCompacted() throws -> (cairo: [UInt8], compacted: [UInt8]) {
        let cairo = try PDFRenderer().cairoPDF(try sampleDocument(), creationDate: date)
        return (cairo, try PDFCompactor.compact(cairo))
    }

    /// qpdf's JSON of every object (stream data included, undecoded) by its reference, `obj:12 0 R`.
    func objects(of pdf: [UInt8]) throws -> [String: String] {
        let url = try temporaryDirectory().appendingPathComponent("file.pdf")
        try Data(pdf).write(to: url)
        let json = try run("qpdf", ["--json=2", "--json-stream-data=inline", "--decode-level=none", url.path]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let parts = try #require(root["qpdf"] as? [Any])
        let objects = try #require(parts.last as? [String: Any])
        return try objects.filter { $0.key.hasPrefix("obj:") }.mapValues {
            String(decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys), as: UTF8.self)
        }
    }

    @Test func everyObjectKeepsItsValue() throws {
        let (cairo, compacted) = try cairoAndCompacted()
        let before = try objects(of: cairo), after = try objects(of: compacted)
        #expect(before.count > 40)
        for (reference, value) in before {
            #expect(after[reference] == value, "\(reference)")
        }
        #expect(after.count == before.count + 2)  // the object stream and the cross-reference stream
    }

    @Test func smallObjectsArePackedAndTheTableIsAStream() throws {
        let (cairo, compacted) = try cairoAndCompacted()
        let text = String(decoding: compacted, as: UTF8.self)  // binary streams, but the keywords survive
        #expect(!text.contains("\nxref\n") && !text.contains("trailer"))
        #expect(text.contains("/Type /ObjStm") && text.contains("/Type /XRef"))
        let streams = try PDFObjectTable(pdf: cairo).objects.filter(\.isStream).count
        #expect(text.components(separatedBy: " 0 obj\n").count - 1 == streams + 2)
        #expect(compacted.count < cairo.count * 9 / 10)
        let url = try temporaryDirectory().appendingPathComponent("compacted.pdf")
        try Data(compacted).write(to: url)
        let check = try run("qpdf", ["--check", url.path])
        #expect(check.status == 0)
        #expect(check.output.contains("PDF Version: 1.5"))
        #expect(check.output.contains("No syntax or stream encoding errors"))
    }

    @Test func readsOnlyWhatCairoWrites() throws {
        let (cairo, _) = try cairoAndCompacted()
        var older = cairo
        older[7] = UInt8(ascii: "4")  // %PDF-1.4 has no object streams
        for unreadable in [Array("not a PDF".utf8), Array(cairo.prefix(cairo.count / 2)), older] {
            #expect(throws: RenderError.self) { try PDFCompactor.compact(unreadable) }
        }
    }
}
