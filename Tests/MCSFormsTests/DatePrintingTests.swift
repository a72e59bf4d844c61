import Foundation
import MCSForms
import Testing

/// Dates are printed in the era of the day: the change from 平成 to 令和 on 2019-05-01.
@Suite struct DatePrintingTests {
    @Test func eraChangeIsPrintedOnTheNotice() throws {
        let input = """
            form: approval
            date: 2019-05-01
            office: { name: 古川みどり診療所 }
            representative: 大崎 一郎
            applicationDate: 2019-04-30
            decision: rejected
            rejectionReason: 書類不備のため
            """
        let printed = try Fixtures.printer().print(text: input)
        let text = try PDFText(pdf: printed.pdf)
        #expect(text.contains("令和元年5月1日"))
        #expect(text.contains("平成31年4月30日付けで申し込みのありました"))
    }

    @Test func exampleDateIsPrintedInReiwa() throws {
        let printed = try Fixtures.printer().print(contentsOf: Fixtures.examples.appendingPathComponent("application.yaml"))
        #expect(try PDFText(pdf: printed.pdf).contains("申し込み及び誓約日 令和8年11月24日"))
    }

    @Test(arguments: FormKindCases.all)
    func blankFormsPrintABlankDate(_ form: String) throws {
        let printed = try Fixtures.printer().printBlank(.init(rawValue: form)!)
        #expect(try PDFText(pdf: printed.pdf).raw.contains("令和"))
        let dates = printed.layout.pages.flatMap(\.items).compactMap { item -> String? in
            guard case .text(let run) = item, run.text.contains("令和") else { return nil }
            return run.text
        }
        #expect(!dates.isEmpty && dates.allSatisfy { $0.contains("令和　　年　　月　　日") }, "\(dates)")
    }
}

/// The form ids as plain strings, for parameterised tests.
enum FormKindCases {
    static let all = ["application", "approval", "withdrawal", "consent"]
}
