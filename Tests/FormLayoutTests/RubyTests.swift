import Core
import FormLayout
import Testing

/// Furigana as group ruby over each name part (JLReq 3.3), checked by geometry: half the base
/// size or smaller, touching the base's em box from above (3.3.4), centred over its part
/// (nakatsuki, 3.3.5), and never reaching the row above, however low the row.
@Suite struct RubyTests {
    func rows(height: Double) throws -> LaidOutPage {
        let template = try TableTests().table(
            columns: "{ width: 60, header: 氏名, bind: name, above: kana }", rowHeight: height, extra: "minSize: 6")
        let values = DisplayValues(lists: ["people": [
            DisplayRow(fields: ["name": "東海林　渚", "kana": "しょうじ　なぎさ"], sourceIndex: 0),
            DisplayRow(fields: ["name": "𠮷田　髙子", "kana": "よしだ　たかこ"], sourceIndex: 1),
        ]])
        return try layout(template, values).pages[0]
    }

    /// Each reading run with the base runs of its row (same cell).
    func pairs(_ page: LaidOutPage) -> [(reading: TextRun, bases: [TextRun])] {
        let readings = page.runs.filter { $0.structure.last?.role == .rubyText }
        let bases = page.runs.filter { $0.structure.last?.role == .rubyBase }
        return readings.map { reading in
            let group = reading.structure.first { $0.role == .ruby }
            let own = bases.filter { $0.structure.contains { $0 == group } }
            return (reading, own)
        }
    }

    @Test(arguments: [9.5, 7.0, 6.0])
    func rubyStandsAboveItsBaseInsideTheRow(rowHeight: Double) throws {
        let page = try rows(height: rowHeight)
        let found = pairs(page)
        #expect(found.count == 4)
        for (reading, bases) in found {
            let base = try #require(bases.first)
            let row = ((reading.origin.y / pt(1) - 40) / rowHeight).rounded(.down)
            let rowTop = pt(40 + row * rowHeight)
            #expect(reading.size <= base.size / 2 + 0.001, "\(reading.text)")
            // The em box lies below the row's top rule (0.15 mm) …
            #expect(reading.origin.y - reading.ascent * reading.size >= rowTop + pt(0.15) / 2, "\(reading.text) at \(rowHeight) mm")
            // … and touches the base's em box from above.
            let baseTop = base.origin.y - base.ascent * base.size
            #expect(abs(reading.origin.y + (1 - reading.ascent) * reading.size - baseTop) < 0.01, "\(reading.text)")
        }
    }

    /// Each part's reading is centred over its part: しょうじ over 東海林, なぎさ over 渚.
    @Test func readingIsCentredOverItsPart() throws {
        let page = try rows(height: 9.5)
        let runs = page.runs
        let name = try #require(runs.first { $0.text == "東海林　渚" })
        let shoji = try #require(runs.first { $0.text == "しょうじ" })
        let nagisa = try #require(runs.first { $0.text == "なぎさ" })
        func centre(_ glyphs: ArraySlice<PositionedGlyph>) -> Double {
            (glyphs.first!.position.x + glyphs.last!.position.x + glyphs.last!.advance) / 2
        }
        #expect(abs(centre(shoji.glyphs[...]) - centre(name.glyphs[0..<3])) < 0.01)
        #expect(abs(centre(nagisa.glyphs[...]) - centre(name.glyphs[4..<5])) < 0.01)
    }
}
