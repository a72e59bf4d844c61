import Core
import FormLayout
import Testing

/// The rules issue 4 added to line composition, each with its JLReq reference. Widths at 10 pt, in ems.
@Suite struct MiddleDotTests {
    func lineEms(_ text: String) throws -> Double {
        let runs = try layout(try page(
            "{ kind: paragraph, x: 20, y: 20, width: 150, size: 10, text: \"\(text)\" }")).pages[0].textLines[0]
        return ((runs.last!.endX - pt(20)) / 10 * 1000).rounded() / 1000
    }

    /// JLReq 3.1.3 and notes §9 test 7: 東京都・大阪府 is 7 em; ・ has a quarter em on each side.
    @Test func middleDotHasAQuarterEmEachSide() throws {
        #expect(try lineEms("東京都・大阪府") == 7)
    }

    /// JLReq Table 1 (3.1.3, 3.1.4): 」・ and ・「 keep a quarter em, not 3/4: 「申請」・「届出」 is
    /// 7 em plus the half em after the last 」.
    @Test func bracketBesideMiddleDotKeepsAQuarterEm() throws {
        #expect(try lineEms("「申請」・「届出」") == 7.5)
    }

    /// JLReq Table 1: 、・ keeps the comma's half em and the dot's quarter (3/4 em).
    @Test func commaBeforeMiddleDotKeepsThreeQuarters() throws {
        #expect(try lineEms("あ、・い") == 4)
    }

    /// Notes §9 test 19: メール：taro has a quarter em each side of ： and no 和欧間 on top.
    @Test func colonBeforeLatinHasNoExtraQuarter() throws {
        let withColon = try lineEms("メール：taro")
        let latin = try lineEms("taro")
        #expect(abs(withColon - (4 + latin)) < 0.001)
    }
}

/// JLReq 3.1.9: the space after a line-end 」、。 is removed whole, and the ink, not the advance
/// box, of a justified line ends at the right edge.
@Suite struct LineEndTests {
    func lines(_ text: String, ems: Double) throws -> [[TextRun]] {
        try layout(try page(
            "{ kind: paragraph, x: 20, y: 20, width: \(ems * 10 * 25.4 / 72), size: 10, text: \"\(text)\" }")).pages[0].textLines
    }

    /// A comma that ends the line takes half an em, so it fits where a whole em would not.
    @Test func lineEndCommaTakesHalfAnEm() throws {
        let lines = try lines("あいうえおかきくけ、こさしすせそたちつてとなにぬね", ems: 9.5)
        #expect(lines.map { $0.map(\.text).joined() }.first == "あいうえおかきくけ、")
        #expect(abs(inkEnd(of: lines[0]) - (pt(20) + 95)) < 0.01)
        #expect(abs(lines[0].last!.endX - (pt(20) + 100)) < 0.01)  // the empty half lies past the edge
    }

    /// A justified line ending in 」 and one ending in a kanji end their ink at the same x.
    @Test func closingBracketAndKanjiEndTheirInkAtTheSameX() throws {
        let lines = try lines("申請書の「氏名欄」は楷書で記入して「写し」を添付するものとします。", ems: 9)
        #expect(lines.count >= 3)
        let ends = lines.dropLast().map(inkEnd(of:))
        #expect(ends.allSatisfy { abs($0 - (pt(20) + 90)) < 0.01 }, "\(ends)")
    }

    /// JLReq 3.1.9: the quarter em after a line-end ・ is removed too.
    @Test func lineEndMiddleDotLosesItsQuarter() throws {
        let lines = try lines("あいうえおかきく・けこさしすせそたちつてとなにぬねの", ems: 8.75)
        #expect(lines.first.map { $0.map(\.text).joined() } == "あいうえおかきく・")
    }
}

/// Widow control: a paragraph's last line of fewer than four characters (「ます。」) is avoided, by
/// tightening the line before within its shrinkable space (JLReq 3.8.2 prefers reducing), else by
/// moving as many characters down as make it four (追い出し, 3.8.2).
@Suite struct WidowTests {
    func lineTexts(_ text: String, ems: Double) throws -> [String] {
        try layout(try page(
            "{ kind: paragraph, x: 20, y: 20, width: \(ems * 10 * 25.4 / 72), size: 10, text: \"\(text)\" }")).pages[0].lineTexts
    }

    @Test(arguments: [("す。", "けこす。"), ("ます。", "こます。"), ("します。", "します。")])
    func theLastLineHoldsFourCharacters(_ end: String, _ lastLine: String) throws {
        let text = String(repeating: "あいうえおかきくけこ", count: 4) + end
        let lines = try lineTexts(text, ems: 20)
        #expect(lines.count == 3)
        #expect(lines.last == lastLine, "\(lines)")
    }

    @Test func previousLineTakesTheWidowInWhenItCanShrink() throws {
        // Line 2 is 20 em with four commas (2 em shrinkable); す。 needs 1.5 em at the line end.
        let text = String(repeating: "あいうえおかきくけこ", count: 2) + "あ、い、う、え、おかきくけこさしすせそた" + "す。"
        let lines = try lineTexts(text, ems: 20)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.last?.hasSuffix("たす。") == true)
    }

    /// A narrow measure (under 16 characters) keeps its breaks: notes §9 test 2's 以上 stays.
    @Test func narrowMeasureKeepsItsBreaks() throws {
        #expect(try lineTexts("確認書（写し）を添付、以上", ems: 10) == ["確認書（写し）を添付、", "以上"])
    }
}

/// The 長体 floor is a template setting (`minScale`), 80 % unless set.
@Suite struct CondensingFloorTests {
    func run(_ options: String) throws -> TextRun {
        let document = try layout(
            try page("{ kind: field, bind: office.name, x: 20, y: 30, width: 40, height: 12, size: 10, minSize: 7\(options) }"),
            DisplayValues(fields: ["office.name": "おおさき地区医介連ネットワーク"]))
        return try #require(document.pages[0].runs.first)
    }

    /// 15 ems in 113.4 pt: 80 % then 9.4 pt by default; a floor of 90 % keeps strokes wider and
    /// takes the size down to 8.3 pt instead.
    @Test func floorComesFromTheTemplate() throws {
        let standard = try run("")
        #expect(standard.horizontalScale == 0.8 && standard.size == 9.4)
        let wider = try run(", minScale: 0.9")
        #expect(wider.horizontalScale == 0.9 && wider.size == 8.3)
        #expect(wider.endX <= pt(60) + 0.01)
    }

    @Test func linterRejectsAFloorOutsideHalfToWhole() throws {
        let template = try page("{ kind: field, bind: office.name, x: 20, y: 30, width: 40, height: 12, minScale: 0.3 }")
        let linter = TemplateLinter(vocabulary: .init(fields: ["office.name"], lists: [:], conditions: [], fontFamilies: ["mincho"]))
        #expect(linter.problems(in: template).contains { $0.problem == .minScaleOutOfRange("0.3") })
    }
}
