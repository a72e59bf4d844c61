import Core
import FormLayout
import Testing

/// Tables: columns left out, furigana, padding rows, groups, cell errors naming the row.
@Suite struct TableTests {
    func table(columns: String..., rowHeight: Double = 10, extra: String = "") throws -> FormTemplate {
        try template("""
            form: test
            metadata: { title: [表], subject: [], author: [] }
            pages:
              - id: p
                elements:
                  - kind: table
                    x: 20
                    y: 30
                    rows: people
                    headerHeight: 10
                    rowHeight: \(rowHeight)
                    size: 10
                    \(extra)
                    columns:
            \(columns.map { "          - " + $0 }.joined(separator: "\n"))
            """)
    }

    let people = DisplayValues(lists: ["people": [
        DisplayRow(fields: ["name": "𠮷田　太郎", "kana": "よしだ　たろう", "id": "A001"], sourceIndex: 0),
        DisplayRow(fields: ["name": "髙橋　\u{FA11}子", "kana": "たかはし　さきこ", "id": "A002"], sourceIndex: 1),
    ]])

    func verticalRules(_ page: LaidOutPage) -> [Double] {
        page.items.compactMap {
            if case .line(let line) = $0, line.from.x == line.to.x { line.from.x } else { nil }
        }
    }

    @Test func columnLeftOutGivesItsWidthToTheOthersInProportion() throws {
        let columns = [
            "{ width: 20, header: \"ID\", bind: id, when: showId }",
            "{ width: 40, header: \"氏名\", bind: name }",
            "{ width: 80, header: \"ふりがな\", bind: kana }",
        ]
        let without = try layout(try table(columns: columns[0], columns[1], columns[2]), people).pages[0]
        // 140 mm shared 40:80 → the rule between the two columns at 20 + 46.7 mm.
        #expect(verticalRules(without).map { ($0 / pt(1) * 10).rounded() / 10 } == [66.7])
        #expect(!without.lineTexts.joined().contains("A001"))
        var shown = people
        shown.conditions = ["showId"]
        #expect(verticalRules(try layout(try table(columns: columns[0], columns[1], columns[2]), shown).pages[0]).count == 2)
    }

    @Test func furiganaStandsSmallAboveTheName() throws {
        let page = try layout(try table(columns: "{ width: 60, header: \"氏名\", bind: name, above: kana }"), people).pages[0]
        let kana = try #require(page.runs.first { $0.text.hasPrefix("よしだ") })
        let name = try #require(page.runs.first { $0.text == "田　太郎" })
        #expect(kana.size <= name.size / 2)
        #expect(kana.origin.y < name.origin.y - name.size * 0.8)
        #expect(kana.origin.y - kana.size * 0.88 >= pt(40))  // its em box inside the row, under the header
        #expect(kana.path == FieldPath(parsing: "people[0].kana"))
    }

    /// JLReq 3.3.6 and notes §6: 東海林 + しょうじ: base 3 em, ruby 2 em, spread 1:2:1 (ends 1/8 em
    /// of the base, inner gaps 1/4 em); each name part has its own reading.
    @Test func rubyPerNamePartSpreadOneTwoOne() throws {
        let values = DisplayValues(lists: ["people": [
            DisplayRow(fields: ["name": "東海林　渚", "kana": "しょうじ　なぎさ"], sourceIndex: 0),
        ]])
        let page = try layout(try table(columns: "{ width: 60, header: \"氏名\", bind: name, above: kana }"), values).pages[0]
        let base = try #require(page.runs.first { $0.text == "東海林　渚" })
        let family = try #require(page.runs.first { $0.text == "しょうじ" })
        let given = try #require(page.runs.first { $0.text == "なぎさ" })
        let start = base.glyphs[0].position.x
        let ruby = family.glyphs.map { $0.position.x - start }
        #expect(zip(ruby, [1.25, 8.75, 16.25, 23.75]).allSatisfy { abs($0 - $1) < 0.01 }, "\(ruby)")
        // なぎさ (3 × 5 pt) is wider than 渚 (10 pt): it is centred over it.
        let nagisa = base.glyphs[4].position.x + 5
        #expect(abs((given.origin.x + given.endX) / 2 - nagisa) < 0.01)
    }

    @Test func headerLinesAndPaddingRowsNumbered() throws {
        let page = try layout(try table(columns: "{ width: 10, header: \"NO\", number: true }", "{ width: 40, header: \"氏名\\n（自署）\", bind: name }", extra: "minRows: 5"), people).pages[0]
        let texts = page.lineTexts
        #expect(texts.contains("NO") && texts.contains("氏名"))
        #expect(texts.contains("（自署）"))
        #expect(texts.contains("5"))
        #expect(!texts.contains("6"))
    }

    @Test func cellThatDoesNotFitNamesTheRow() throws {
        var values = people
        values.lists["people"]![1].sourceIndex = 12
        values.lists["people"]![1].fields["id"] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        let found = diagnostics(try table(columns: "{ width: 15, header: \"ID\", bind: id, minSize: 8 }"), values)
        #expect(found.map(\.path.description) == ["people[12].id"])
    }

    @Test func groupsSetTheColumnsSideBySide() throws {
        let page = try layout(try table(columns: "{ width: 30, header: \"氏名\", bind: name }", extra: "groups: 2"), people).pages[0]
        let names = page.runs.filter { $0.path != nil }
        #expect(names.count == 3)  // 𠮷 | 田　太郎 in the first group, 髙橋　﨑子 in the second
        #expect(try #require(names.last).origin.x > pt(50))
    }

    @Test func cellsCarryTheirTableStructure() throws {
        let page = try layout(try table(columns: "{ width: 60, header: \"氏名\", bind: name, above: kana }"), people).pages[0]
        let header = try #require(page.runs.first { $0.text == "氏名" })
        #expect(header.structure.map(\.role) == [.table, .tableRow, .tableHeader])
        let name = try #require(page.runs.first { $0.text == "髙橋　\u{FA11}子" })
        #expect(name.structure.map(\.role) == [.table, .tableRow, .tableCell, .ruby, .rubyBase])
        let kana = try #require(page.runs.first { $0.text == "たかはし" })
        #expect(kana.structure.map(\.role) == [.table, .tableRow, .tableCell, .ruby, .rubyText])
        #expect(kana.structure.prefix(3) == name.structure.prefix(3))
        #expect(header.structure[1] != name.structure[1])
    }

    /// 以下余白 closes a filled list in its first empty row, in the first column that shows a value; a blank
    /// form (no rows) and a full page have none.
    @Test func closingWordsFollowTheLastFilledRowOnly() throws {
        let columns = ["{ width: 10, header: \"NO\", number: true }", "{ width: 40, header: \"氏名\", bind: name }"]
        let closing = try table(columns: columns[0], columns[1], extra: "minRows: 5\n        closing: 以下余白")
        let page = try layout(closing, people).pages[0]
        let mark = try #require(page.runs.first { $0.text == "以下余白" })
        let names = page.runs.filter { $0.path != nil }
        #expect(Set(names.map(\.origin.y)).count == 2)
        let lastName = try #require(names.map(\.origin.y).max())
        #expect(mark.origin.y > lastName && mark.origin.y - lastName < pt(10.5), "in the next row")
        #expect(abs(mark.origin.x - names.map(\.origin.x).min()!) < 0.5, "in the name column")
        #expect(try layout(closing, DisplayValues(lists: ["people": []])).pages[0].runs.allSatisfy { $0.text != "以下余白" })
        let full = try table(columns: columns[0], columns[1], extra: "minRows: 2\n        closing: 以下余白")
        #expect(try layout(full, people).pages[0].runs.allSatisfy { $0.text != "以下余白" })
    }

    /// Running numbers stand flush right in their column, so that 9 and 10 end on the same line.
    @Test func runningNumbersAlignOnTheirLastDigit() throws {
        let page = try layout(try table(columns: "{ width: 10, header: \"NO\", number: true }", extra: "minRows: 12"), people).pages[0]
        let nine = try #require(page.runs.first { $0.text == "9" }), ten = try #require(page.runs.first { $0.text == "10" })
        #expect(abs(nine.endX - ten.endX) < 0.01)
        #expect(ten.origin.x < nine.origin.x)
    }
}
