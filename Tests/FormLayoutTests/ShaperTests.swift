import Testing
@testable import FormLayout

/// Shaping maps every glyph to its character in one pass: left to right it never looks back, so a value
/// of 300,000 characters costs one walk, not 300,000.
@Suite struct ShaperTests {
    @Test(arguments: [
        ([0, 3, 6, 10], [0, 0, 3, 6, 6, 10, 12], [0, 0, 1, 2, 2, 3, 3]),
        ([0, 1, 2], [2, 0, 1], [2, 0, 1]),
        ([0, 4], [1, 3, 4], [0, 0, 1]),
    ])
    func clustersMapToTheirCharacters(starts: [Int], clusters: [Int], characters: [Int]) {
        var previous = 0
        var found: [Int] = []
        for cluster in clusters {
            previous = Shaper.character(starting: cluster, in: starts, from: previous)
            found.append(previous)
        }
        #expect(found == characters)
    }

    @Test func aLongTextIsShapedWhole() throws {
        let text = String(repeating: "大崎市𠮷田葛\u{E0100}a", count: 2000)
        let shaped = Shaper(fonts: testFonts).shape(text, family: try #require(testFonts.families["mincho"]))
        #expect(shaped.characters.count == 14_000)
        let last = try #require(shaped.segments.last?.glyphs.last)
        #expect(last.character == 13_999)
    }
}
