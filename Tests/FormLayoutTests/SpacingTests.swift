@testable import FormLayout
import Testing

/// Punctuation pairs (JLReq 3.1.4), flush opening brackets at line start (3.1.5), and the quarter
/// em between Japanese and Latin text (3.2.2). Widths at 10 pt in a wide paragraph, in ems.
@Suite struct SpacingTests {
    func lines(_ text: String, ems: Double = 40) throws -> [[TextRun]] {
        let width = ems * 10 * 25.4 / 72
        return try layout(try page(
            "{ kind: paragraph, x: 20, y: 20, width: \(width), size: 10, text: \"\(text)\" }")).pages[0].textLines
    }

    func ems(_ text: String) throws -> Double {
        let line = try #require(try lines(text).first)
        return ((line.last!.endX - pt(20)) / 10 * 1000).rounded() / 1000
    }

    /// JLReq 9 tests 5, 6, 8, 9: the widths there plus the half em kept after the last mark.
    @Test(arguments: [
        ("「はい。」と答えた。", 9.0), ("（「重要」）", 4.5), ("「申請」「届出」", 7.0), ("はい、「了解」", 6.5),
    ])
    func punctuationPairsTakeOneAndAHalfEm(_ text: String, _ expected: Double) throws {
        #expect(try ems(text) == expected)
    }

    /// JLReq 9 test 3: the bracket that goes down is set flush with the left edge.
    @Test func openingBracketAtALineStartIsFlush() throws {
        let lines = try lines("以下の書類を提出し（原本）", ems: 10)
        #expect(lines.map { $0.map(\.text).joined() } == ["以下の書類を提出し", "（原本）"])
        #expect(abs(lines[1][0].origin.x - (pt(20) - 5)) < 0.01)
    }

    /// JLReq 3.2.2: MCS個人設定 has a quarter em between S and 個; none next to punctuation.
    @Test func quarterEmBetweenJapaneseAndLatin() throws {
        let plain = try layout(try page("{ kind: text, x: 20, y: 20, size: 10, text: \"MCS\" }")).pages[0].runs[0]
        let latin = plain.endX - plain.origin.x
        #expect(try ems("MCS個人設定") == ((latin + 2.5 + 40) / 10 * 1000).rounded() / 1000)
        #expect(try ems("（MCS）") == ((latin + 20 - 5) / 10 * 1000).rounded() / 1000)
    }

    /// A date is set solid, in running text as in its field: no quarter em between its digits and 年・月・日
    /// or the era name, where an ordinary word (第3回) keeps it.
    @Test(arguments: [
        ("令和8年11月24日付け", true), ("2026年12月1日", true), ("平成31年", true), ("第3回", false), ("令和8年度に3件", false),
    ])
    func datesAreSetSolid(_ text: String, solid: Bool) throws {
        let natural = try #require(try lines(text).first)
        let parts = try text.map { try layout(try page("{ kind: text, x: 20, y: 20, size: 10, text: \"\($0)\" }")).pages[0].runs[0] }
        let sum = parts.reduce(0) { $0 + $1.endX - $1.origin.x }
        let width = natural.last!.endX - pt(20)
        #expect((abs(width - sum) < 0.01) == solid, "\(text): \(width) against \(sum)")
    }

    @Test func onlyADatesDigitsAndUnitsMeetSolid() {
        #expect(Spacing.isWithinDate("8", "年") && Spacing.isWithinDate("和", "8") && Spacing.isWithinDate("月", "2"))
        #expect(!Spacing.isWithinDate("第", "3") && !Spacing.isWithinDate("3", "回") && !Spacing.isWithinDate("8", "８"))
    }

}

/// 均等割付 (JLReq 3.7.3): equal gaps between blocks; Latin words stay solid.
@Suite struct DistributeTests {
    func glyphXs(_ text: String, ems: Double) throws -> [Double] {
        let width = ems * 10 * 25.4 / 72
        let runs = try layout(try page(
            "{ kind: text, x: 20, y: 20, width: \(width), size: 10, distribute: true, text: \"\(text)\" }")).pages[0].runs
        return runs.flatMap(\.glyphs).map { (($0.position.x - pt(20)) / 10 * 1000).rounded() / 1000 }
    }

    /// JLReq notes §9 test 20: 氏名 in 4 em puts 名 at 3 em.
    @Test func twoCharactersAtTheEnds() throws {
        #expect(try glyphXs("氏名", ems: 4) == [0, 3])
    }

    /// JLReq notes §9 test 21: FAX番号 in 6 em; FAX is one block.
    @Test func latinWordStaysSolid() throws {
        let xs = try glyphXs("FAX番号", ems: 6)
        let fax = try layout(try page("{ kind: text, x: 20, y: 20, size: 10, text: \"FAX\" }")).pages[0].runs[0]
        let solid = fax.glyphs.map { (($0.position.x - pt(20)) / 10 * 1000).rounded() / 1000 }
        #expect(Array(xs.prefix(3)) == solid)
        #expect(xs.last == 5)
    }
}
