import Core
import Foundation
import FormInput
import FormModels
import Testing

@Suite struct CodeTableTests {
    let tables: CodeTables

    init() throws {
        tables = try CodeTables.load(from: repositoryRoot.appendingPathComponent("Templates/data"))
    }

    @Test func shippedTablesHoldTheSeedLists() {
        #expect(tables.facilityTypes.label == "別表1")
        #expect(tables.facilityTypes.title == "施設の種類")
        #expect(tables.facilityTypes.entries.count == 14)
        #expect(tables.facilityTypes.entry(number: 2)?.name == "医科診療所")
        #expect(tables.facilityTypes.entry(number: 14)?.name == "行政")
        #expect(tables.occupations.label == "別表2")
        #expect(tables.occupations.title == "職種")
        #expect(tables.occupations.entries.count == 44)
        #expect(tables.occupations.entry(number: 17)?.name == "訪問介護員・ヘルパー")
        #expect(tables.occupations.entry(number: 29)?.name == "あん摩マッサージ指圧師")
        #expect(tables.occupations.entry(number: 44)?.name == "その他")
        #expect(tables.occupations.entries.map(\.number) == Array(1...44))
    }

    @Test func findsByExactNameOnly() {
        #expect(tables.occupations.entry(named: "看護師")?.number == 5)
        #expect(tables.occupations.entry(named: "看護士") == nil)
        #expect(tables.occupations.entry(named: "看護師 ") == nil)
        #expect(tables.occupations.entry(number: 45) == nil)
    }

    @Test func namesAreComparedByScalars() {
        let table = CodeTable(label: "別表9", title: "試験", entries: [CodeTable.Entry(number: 1, name: "\u{585A}")])
        #expect("\u{FA10}" == "\u{585A}")
        #expect(table.entry(named: "\u{FA10}") == nil)
        #expect(table.entry(named: "\u{585A}")?.number == 1)
    }

    @Test(arguments: [("看護士", 5), ("ケアマネジャー", 7), ("ヘルパー", 17), ("薬剤士", 4)])
    func suggestsTheMeantEntry(written: String, number: Int) {
        #expect(tables.occupations.suggestion(for: written)?.number == number)
    }

    @Test func strictLoadingReportsEveryProblem() {
        let text = """
            label: 別表1
            titel: 施設
            entries:
              - { number: 1, name: 病院 }
              - { number: 3, name: 病院 }
            """
        #expect {
            try CodeTable(yaml: text)
        } throws: { error in
            let found = (error as? DiagnosticList)?.diagnostics.map { "\($0.path): \($0.message)" } ?? []
            return found.contains("title: 必須項目がありません")
                && found.contains("titel: この項目は使えません")
                && found.contains("entries[1].number: 番号は 1 から順に書いてください（ここは 2）")
                && found.contains("entries[1].name: 病院 が2回書かれています")
        }
    }
}
