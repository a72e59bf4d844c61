import Core
import FormLayout
import Testing

/// The remaining cases of the JLReq digest's test table (notes §9) at 10 pt; widths in ems.
@Suite struct JLReqCaseTests {
    func page(_ text: String, ems: Double, kind: String = "paragraph", options: String = "") throws -> LaidOutPage {
        try layout(try FormLayoutTests.page(
            "{ kind: \(kind), x: 20, y: 20, width: \(ems * 10 * 25.4 / 72), size: 10, text: \"\(text)\"\(options) }")).pages[0]
    }

    /// The width of a one-line text in ems, from the first glyph's pen to the last advance.
    func ems(_ text: String) throws -> Double {
        let line = try #require(try page(text, ems: 40).textLines.first)
        return ((line.last!.endX - pt(20)) / 10 * 1000).rounded() / 1000
    }

    /// The gaps after each glyph of a printed line, in ems, beyond the glyph's advance.
    func gaps(_ line: [TextRun]) -> [Double] {
        let glyphs = line.flatMap(\.glyphs)
        return zip(glyphs, glyphs.dropFirst()).map { (($1.position.x - $0.position.x - $0.advance) / 10 * 1000).rounded() / 1000 }
    }

    /// Test 4 (JLReq 3.8.4 step 4): 「 may not end a line, so 申請者は is spread by 1/3 em at 3 gaps.
    @Test func case4OpeningBracketPushedOutAndTheLineSpread() throws {
        let page = try page("申請者は「氏名」を", ems: 5)
        #expect(page.lineTexts == ["申請者は", "「氏名」を"])
        #expect(gaps(page.textLines[0]) == [0.333, 0.333, 0.333])
    }

    /// Test 13 (JLReq 3.1.10): the pair …… is never split.
    @Test func case13EllipsisPairStaysTogether() throws {
        let page = try page("それでは……開始", ems: 5)
        #expect(page.lineTexts == ["それでは", "……開始"])
        #expect(gaps(page.textLines[0]) == [0.333, 0.333, 0.333])
    }

    /// Tests 14 and 15 (JLReq 3.2.2, 3.2.4): the forms set a date solid, as the seed's fields print it,
    /// where 3.2.2 would put a quarter em at each of its six kanji–digit edges (9.59 em): 8.09 em; with
    /// full-width digits it is 10 em solid.
    @Test func case14And15Dates() throws {
        let solid = try ems("令和8年11月24日")
        #expect(abs(solid - (9.59 - 6 * 0.25)) < 0.002)
        #expect(try ems("令和８年１１月２４日") == 10)
    }

    /// Test 16: 6丁目30-35 is 5.885 em (quarters beside 丁目 only) and is not broken inside 30-35.
    @Test func case16HouseNumber() throws {
        #expect(abs(try ems("6丁目30-35") - 5.885) < 0.002)
        let lines = try page("大崎市古川穂波6丁目30-35", ems: 11).lineTexts
        #expect(lines == ["大崎市古川穂波6丁目", "30-35"])
    }

    /// Test 17 (JLReq 3.2.6): a quarter between は and 5 only; 50％ stays together; ％ to で solid.
    @Test func case17Percent() throws {
        #expect(try ems("割合は50％です") == 3 + 0.25 + 1.236 + 1 + 2)
        #expect(try page("割合はおよそ50％です", ems: 7).lineTexts.first == "割合はおよそ")
    }

    /// Test 18: an e-mail address 13.18 em wide in 11 em is one line at 長体 83 % (1 % steps), never broken.
    @Test func case18EmailIsCondensedNotBroken() throws {
        let document = try layout(
            try FormLayoutTests.page("{ kind: field, bind: mcsId, x: 20, y: 20, width: \(110 * 25.4 / 72), height: 8, size: 10, wrap: true }"),
            DisplayValues(fields: ["mcsId": "taro.yamada@example.co.jp"]))
        #expect(document.pages[0].lineTexts == ["taro.yamada@example.co.jp"])
        #expect(document.pages[0].runs.first?.horizontalScale == 0.83)
    }

    /// Test 22 (JLReq 3.7.3): a single character in a 均等割付 slot is set at its start.
    @Test func case22SingleCharacterAtTheStart() throws {
        let run = try #require(try page("印", ems: 3, kind: "text", options: ", distribute: true").runs.first)
        #expect(abs(run.glyphs[0].position.x - pt(20)) < 0.01)
    }

    /// Test 23 (JLReq notes §8): 令和　　年　　月　　日 is 11 em, each U+3000 a whole em, never broken.
    @Test func case23BlankDate() throws {
        #expect(try ems("令和　　年　　月　　日") == 11)
        let lines = try page("届出日は令和　　年　　月　　日です。", ems: 14).lineTexts
        #expect(lines == ["届出日は", "令和　　年　　月　　日です。"])
    }
}
