import FormLayout
import Testing

/// Paragraph line breaking (JLReq 3.1.7–3.1.10, very strict) and justification (JLReq 3.8).
@Suite struct ParagraphTests {
    /// Lays out `text` at 10 pt in a box `ems` ems wide and returns the page.
    func paragraph(_ text: String, ems: Double, options: String = "") throws -> LaidOutPage {
        let width = ems * 10 * 25.4 / 72
        return try layout(try page(
            "{ kind: paragraph, x: 20, y: 20, width: \(width), size: 10, text: \"\(text)\"\(options) }")).pages[0]
    }

    /// JLReq 9 test 1: 、 may not start a line, so こ goes down with it (追い出し).
    @Test func pushOutBeforeComma() throws {
        let lines = try paragraph("あいうえおかきくけこ、さしす", ems: 10).lineTexts
        #expect(lines == ["あいうえおかきくけ", "こ、さしす"])
    }

    /// JLReq 9 test 2: the line gives up a quarter em each before （ and after ） to take in 、
    /// (追い込み, 3.8.2), whose own trailing half em is not set at the line end (3.1.9).
    @Test func pushInWhenTheLineCanShrink() throws {
        let page = try paragraph("確認書（写し）を添付、以上", ems: 10)
        #expect(page.lineTexts == ["確認書（写し）を添付、", "以上"])
        let first = page.textLines[0]
        #expect(abs(inkEnd(of: first) - (pt(20) + 100)) < 0.01)  // 、 solid at the end (JLReq 3.1.9)
        let open = try #require(first.flatMap(\.glyphs).dropFirst(3).first)
        #expect(abs(open.position.x - (pt(20) + 27.5)) < 0.01)  // its ink a quarter em after 書
    }

    /// JLReq 9 test 3: an opening bracket may not end a line; it goes down.
    @Test func openingBracketGoesDown() throws {
        let lines = try paragraph("以下の書類を提出し（原本）", ems: 10).lineTexts
        #expect(lines == ["以下の書類を提出し", "（原本）"])
    }

    /// JLReq 9 test 11, very strict: 々 does not start a line.
    @Test func iterationMarkStaysWithItsKanji() throws {
        #expect(try paragraph("日本の人々は", ems: 4).lineTexts == ["日本の", "人々は"])
    }

    /// JLReq 9 test 12, very strict: ー does not start a line.
    @Test func prolongedSoundMarkStaysWithItsKana() throws {
        #expect(try paragraph("ダウンロードする", ems: 4).lineTexts == ["ダウン", "ロードす", "る"])
    }

    @Test(arguments: ["、", "。", "」", "）", "・", "ー", "々", "ゃ", "ッ"])
    func noLineStartsWithAProhibitedCharacter(_ mark: String) throws {
        let text = String(repeating: "本日は晴天" + mark + "「申請」", count: 6)
        for line in try paragraph(text, ems: 9).lineTexts.dropFirst() {
            #expect(!line.hasPrefix(mark), "\(line)")
        }
    }

    @Test func noLineEndsWithAnOpeningBracket() throws {
        for line in try paragraph(String(repeating: "申請書「別紙」（写し）【原本】", count: 5), ems: 8).lineTexts {
            #expect(!"（「『【".contains(line.last!), "\(line)")
        }
    }

    /// JLReq 3.8: every line but the last is justified to the same right edge, where the ink ends
    /// (a line-end 、 or 」 has no half em after it, 3.1.9).
    @Test func justifiedLinesEndAtTheSameX() throws {
        let text = "本事業所において、「システムの運用ポリシー及び運用ルール」を遵守し、MCSを利用する事業所及び利用者としての責任を理解の上、利用申し込み及び誓約いたします。"
        let page = try paragraph(text, ems: 17.5, options: ", firstIndent: 1")
        let lines = page.textLines
        #expect(lines.count >= 3)
        let right = pt(20) + 175
        for line in lines.dropLast() {
            #expect(abs(inkEnd(of: line) - right) < 0.5)
        }
        #expect(lines.last!.last!.endX < right)
        #expect(abs(lines[0][0].origin.x - (pt(20) + 10)) < 0.01)
        #expect(abs(lines[1][0].origin.x - pt(20)) < 0.01)
    }

    @Test func hangingIndent() throws {
        let lines = try paragraph("１．あいうえおかきくけこさしすせそたちつてと", ems: 10, options: ", indent: 2").textLines
        #expect(abs(lines[0][0].origin.x - pt(20)) < 0.01)
        #expect(abs(lines[1][0].origin.x - (pt(20) + 20)) < 0.01)
    }

    /// JLReq 9 test 10: the U+3000 after ？ is dropped at the line break, not carried over.
    @Test func ideographicSpaceIsNotCarriedToTheNextLine() throws {
        #expect(try paragraph("本当ですか？　はい。", ems: 6).lineTexts == ["本当ですか？", "はい。"])
    }

    /// JLReq notes §5 and §8: a date, filled or blank, is never broken.
    @Test(arguments: [("申請日は令和8年11月24日です。", "令和8年11月24日"), ("申請日は令和　　年　　月　　日です。", "令和　　年　　月　　日")])
    func datesAreNotBroken(_ text: String, _ date: String) throws {
        let lines = try paragraph(text, ems: 12).lineTexts
        #expect(lines[0] == "申請日は")
        #expect(lines[1].hasPrefix(date))
    }

    @Test func latinWordsAreNotSplit() throws {
        let lines = try paragraph("あいうえおかきくMCS-ID", ems: 10).lineTexts
        #expect(lines == ["あいうえおかきく", "MCS-ID"])
    }
}
