import Core
import FormLayout
import Testing

/// Pages repeated over a list: sheets, numbering on, `multiSheet`, per-row conditions.
@Suite struct PageRepeatTests {
    let sheets = """
        form: test
        metadata: { title: [名簿], subject: [], author: [] }
        pages:
          - id: sheet
            repeat: { list: people, perPage: 10 }
            elements:
              - { kind: text, when: multiSheet, x: 150, y: 10, text: "{page.sheet}枚目／全{page.sheets}枚" }
              - kind: table
                x: 20
                y: 30
                rows: people
                headerHeight: 8
                rowHeight: 8
                columns:
                  - { width: 10, header: "NO", number: true }
                  - { width: 60, header: "氏名", bind: name }
          - id: appendix
            elements:
              - { kind: text, x: 20, y: 20, text: "別表1" }
        """

    func people(_ count: Int) -> DisplayValues {
        DisplayValues(lists: ["people": (0..<count).map {
            DisplayRow(fields: ["name": "利用者\($0 + 1)"], sourceIndex: $0)
        }])
    }

    @Test func thirteenRowsMakeTwoSheetsNumberedOn() throws {
        let document = try layout(try template(sheets), people(13))
        #expect(document.pages.map(\.template) == ["sheet", "sheet", "appendix"])
        let second = document.pages[1].lineTexts
        #expect(second.first == "2枚目／全2枚")
        #expect(second.contains("11利用者11") && second.contains("13利用者13"))
        #expect(!second.contains { $0.hasPrefix("14") })
        #expect(document.pages[0].lineTexts.contains("10利用者10"))
    }

    @Test func oneSheetHasNoSheetCount() throws {
        let document = try layout(try template(sheets), people(3))
        #expect(document.pages.count == 2)
        #expect(!document.pages[0].lineTexts.contains { $0.contains("枚目") })
    }

    @Test func emptyListStillPrintsOneSheet() throws {
        #expect(try layout(try template(sheets), people(0)).pages.count == 2)
    }

    @Test func aRowsConditionsHoldOnItsOwnPage() throws {
        let copies = try template("""
            form: test
            metadata: { title: [{ text: 控え, when: never }, 同意書], subject: [], author: [] }
            pages:
              - id: copy
                repeat: { list: copies, perPage: 1 }
                elements:
                  - { kind: text, when: patientCopy, x: 20, y: 10, text: "患者控" }
                  - { kind: text, when: staffCopy, x: 20, y: 10, text: "事業所控" }
            """)
        let values = DisplayValues(lists: ["copies": [
            DisplayRow(fields: [:], conditions: ["patientCopy"]), DisplayRow(fields: [:], conditions: ["staffCopy"]),
        ]])
        let document = try layout(copies, values)
        #expect(document.pages.map(\.lineTexts) == [["患者控"], ["事業所控"]])
        #expect(document.title == "同意書")
    }
}
