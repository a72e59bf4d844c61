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
        #expect(throws: DataFileProblems.self) {
            try DataFileDecoder.decode(Sample.self, from: #"{ size: "10", count: 1, wrap: false, text: a, items: [] }"#)
        }
        do {
            _ = try DataFileDecoder.decode(Sample.self, from: "{ size: 1, wrap: false, text: a, items: [] }", file: "s.yaml")
            Issue.record("a missing key was accepted")
        } catch {
            #expect(error.problems.map(\.problem) == [.missing])
            #expect(error.description == "s.yaml:1:1: count: 必須項目がありません")
        }
    }

    @Test func unknownKeysAreNamedAllAtOnceWithTheirLines() {
        do {
            _ = try DataFileDecoder.decode(Sample.self, from: "size: 1\ncount: 1\nwrap: false\ntext: a\nitems: []\ncuont: 2\nextra: 3\n",
                                           file: "s.yaml")
            Issue.record("unknown keys were accepted")
        } catch {
            #expect(error.description == "s.yaml:6:1: cuont: この項目は使えません（count ではありませんか）\n"
                    + "s.yaml:7:1: extra: この項目は使えません（使える項目: count, items, note, size, text, wrap）")
        }
    }
}
