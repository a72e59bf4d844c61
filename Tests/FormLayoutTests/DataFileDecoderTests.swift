import FormTemplates
import Testing

/// The decoder of the project's own YAML files reads what templates write, and refuses what they must not.
@Suite struct DataFileDecoderTests {
    struct Sample: Decodable, Equatable {
        var size: Double
        var count: Int
        var wrap: Bool
        var text: String
        var note: String?
        var items: [String]
    }

    @Test func readsNumbersBooleansTextListsAndAbsentKeys() throws {
        let sample = try DataFileDecoder.decode(Sample.self, from: """
            size: 10.5
            count: 3
            wrap: true
            text: 令和　　年　　月　　日
            items: [a, "b: c"]
            """)
        #expect(sample == Sample(size: 10.5, count: 3, wrap: true, text: "令和　　年　　月　　日", note: nil, items: ["a", "b: c"]))
    }

    @Test func quotedTextStaysText() throws {
        let sample = try DataFileDecoder.decode(Sample.self, from: """
            { size: 1, count: 1, wrap: false, text: "true", note: "10", items: [] }
            """)
        #expect(sample.text == "true" && sample.note == "10")
    }

    @Test func aQuotedNumberIsNotANumberAndAMissingKeyIsNamed() {
        #expect(throws: DecodingError.self) {
            try DataFileDecoder.decode(Sample.self, from: #"{ size: "10", count: 1, wrap: false, text: a, items: [] }"#)
        }
        do {
            _ = try DataFileDecoder.decode(Sample.self, from: "{ size: 1, wrap: false, text: a, items: [] }")
            Issue.record("a missing key was accepted")
        } catch DecodingError.keyNotFound(let key, _) {
            #expect(key.stringValue == "count")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
