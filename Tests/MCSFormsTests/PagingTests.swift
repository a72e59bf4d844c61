import Foundation
import MCSForms
import Testing

/// Sheets of ten applicants, numbered on, with `N枚目／全M枚`, then the 別表 page.
@Suite struct PagingTests {
    @Test func thirteenApplicantsGiveTwoSheetsAndTheTablesPage() throws {
        let printer = try Fixtures.printer()
        let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent("application-13.yaml"))
        #expect(printed.layout.pages.map(\.template) == ["sheet", "sheet", "tables"])

        let first = try PDFText(pdf: printed.pdf, page: 1)
        let second = try PDFText(pdf: printed.pdf, page: 2)
        let tables = try PDFText(pdf: printed.pdf, page: 3)
        #expect(first.contains("1枚目／全2枚"))
        #expect(second.contains("2枚目／全2枚"))
        #expect(first.contains("staff10@ozaki-care.example.jp"))
        #expect(!first.contains("staff11@ozaki-care.example.jp"))
        #expect(second.contains("staff11@ozaki-care.example.jp") && second.contains("staff13@ozaki-care.example.jp"))
        #expect(second.contains("医療法人社団 大崎の杜 在宅総合ケアセンター"), "header data repeated on sheet 2")
        #expect(tables.contains("＜別表1＞") && tables.contains("＜別表2＞") && tables.contains("地方自治体職員"))
    }

    @Test func rowsAreNumberedOnAcrossSheets() throws {
        let printer = try Fixtures.printer()
        let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent("application-13.yaml"))
        let numbers = printed.layout.pages[1].items.compactMap { item -> String? in
            guard case .text(let run) = item, run.text.allSatisfy(\.isNumber), run.text.count <= 2 else { return nil }
            return run.text
        }
        #expect(numbers == (11...20).map(String.init))
    }

    @Test func aSingleSheetHasNoSheetCount() throws {
        let printer = try Fixtures.printer()
        let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent("application.yaml"))
        #expect(printed.layout.pages.count == 2)
        #expect(!(try PDFText(pdf: printed.pdf)).contains("枚目"))
    }

    @Test func eachConsentCopyIsOnePage() throws {
        let printer = try Fixtures.printer()
        let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent("consent.yaml"))
        #expect(printed.layout.pages.count == 2)
        let blank = try printer.printBlank(.consent)
        #expect(blank.layout.pages.count == 2)
        for page in printed.layout.pages {
            for case .text(let run) in page.items where run.text != "印" {
                #expect(run.size >= 9, "\(run.text) is set at \(run.size) pt")
            }
        }
    }
}

/// A rejected notice leaves the password column out of its table.
@Suite struct RejectedNoticeTests {
    @Test func rejectedNoticeHasNoPasswordColumn() throws {
        let printer = try Fixtures.printer()
        let rejected = try printer.print(text: """
            form: approval
            date: 2026-12-01
            applicationDate: 2026-11-24
            decision: rejected
            rejectionReason: 書類不備のため
            users:
              - { name: 大崎 一郎, sex: 男, mcsId: ichiro@example.jp }
            """)
        let texts = rejected.layout.pages.flatMap(\.items).compactMap { item -> String? in
            guard case .text(let run) = item else { return nil }
            return run.text
        }
        #expect(texts.contains("ichiro@example.jp"))
        #expect(!texts.contains("パスワード"), "the password column header is printed")
        let approved = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent("approval.yaml"))
        #expect(approved.layout.pages.flatMap(\.items).contains { item in
            if case .text(let run) = item { return run.text == "パスワード" } else { return false }
        })
    }
}
