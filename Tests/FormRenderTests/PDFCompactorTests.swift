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

    /// qpdf's JSON of every object by its reference (`obj:12 0 R`), a stream as its decoded data and
    /// its dictionary without `/Length` and `/Filter` (cairo leaves some streams for the compactor to compress).
    func objects(of pdf: [UInt8]) throws -> [String: Any] {
        let url = try temporaryDirectory().appendingPathComponent("file.pdf")
        try Data(pdf).write(to: url)
        let json = try run("qpdf", ["--json=2", "--json-stream-data=inline", "--decode-level=generalized", url.path]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let parts = try #require(root["qpdf"] as? [Any])
        let objects = try #require(parts.last as? [String: Any])
        return objects.filter { $0.key.hasPrefix("obj:") }.mapValues { value in
            guard let stream = (value as? [String: Any])?["stream"] as? [String: Any] else { return value }
            let dictionary = (stream["dict"] as? [String: Any] ?? [:]).filter { $0.key != "/Length" && $0.key != "/Filter" }
            let data = Data(base64Encoded: stream["data"] as? String ?? "") ?? Data()
            return ["dict": dictionary, "data": Array(data)] as [String: Any]
        }
    }

    func json(_ value: Any?) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    /// Every object of cairo's is in the compacted file with its value; a page's content gains only the
    /// marks of its artifacts.
    @Test func everyObjectKeepsItsValue() throws {
        let (cairo, compacted) = try cairoAndCompacted()
        let before = try objects(of: cairo), after = try objects(of: compacted)
        let contents = Set(try PDFObjectTable(pdf: cairo).objects.compactMap(\.pageContents).map { "obj:\($0) 0 R" })
        #expect(before.count > 40 && !contents.isEmpty)
        for (reference, value) in before {
            var expected = value
            if contents.contains(reference), var stream = value as? [String: Any], let data = stream["data"] as? [UInt8] {
                stream["data"] = ArtifactMarking.marked(data)
                expected = stream
            }
            #expect(try json(after[reference]) == json(expected), "\(reference)")
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
