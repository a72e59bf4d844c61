import Core
import Foundation
import FormDisplay
import FormModels
import MCSForms
import Testing

/// `pdftotext` gives back every printed sentence of the seed and every value of the input.
@Suite struct PDFTextTests {
    @Test(arguments: Fixtures.cases)
    func everySeedSentenceOfTheFormIsSearchable(_ testCase: Fixtures.Case) throws {
        let printer = try Fixtures.printer(for: testCase)
        let printed = try Fixtures.print(testCase, with: printer)
        let text = try PDFText(pdf: printed.pdf)
        let sentences = try String(contentsOf: Fixtures.seedText.appendingPathComponent("\(printed.kind.rawValue).txt"),
                                   encoding: .utf8).split(separator: "\n").map(String.init)
        // A line `[unless CONDITION] text` is printed only when the form's values do not set the condition
        // (a rejection leaves out what only an approval needs).
        for line in sentences {
            var sentence = Substring(line)
            if sentence.hasPrefix("[unless "), let close = sentence.firstIndex(of: "]") {
                let condition = String(sentence[sentence.index(sentence.startIndex, offsetBy: 8)..<close])
                sentence = sentence[sentence.index(after: close)...].drop { $0 == " " }
                if printed.values.conditions.contains(condition) {
                    #expect(!text.contains(String(sentence)) || sentence.count < 4, "printed though \(condition): \(sentence)")
                    continue
                }
            }
            #expect(text.contains(String(sentence)), "missing: \(sentence)")
        }
    }

    @Test(arguments: Fixtures.cases)
    func everyDisplayedValueIsSearchable(_ testCase: Fixtures.Case) throws {
        let printer = try Fixtures.printer(for: testCase)
        let printed = try Fixtures.print(testCase, with: printer)
        let text = try PDFText(pdf: printed.pdf)
        let values = printed.values
        // The office's address is printed on the cover letter only: the notice itself does not show it.
        let coverOnly: Set<String> = values.conditions.contains(CoverLetter.condition) ? [] : ["office.postalCode", "office.address"]
        var expected = values.fields.filter { !$0.key.hasPrefix("profile.") && !coverOnly.contains($0.key) }.map(\.value)
        for rows in values.lists.values {
            expected += rows.flatMap { $0.fields.values }
        }
        for value in expected where !value.isEmpty {
            #expect(text.contains(value), "missing: \(value)")
        }
    }

    @Test func rareAndCompatibilityIdeographsKeepTheirCodePoints() throws {
        let printer = try Fixtures.printer()
        let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent("application.yaml"))
        let text = try PDFText(pdf: printed.pdf)
        for name in ["𠮷田 髙子", "﨑山 邉\u{FA10}"] {
            #expect(text.contains(name), "missing: \(name)")
        }
        #expect(!PDFText.squeezed(text.raw).unicodeScalars.contains("\u{585A}"), "U+FA10 came back as U+585A")
    }

    @Test func approvedRejectedAndBlankNoticesSayTheirDecision() throws {
        let printer = try Fixtures.printer()
        let approved = try PDFText(pdf: printer.print(contentsOf: Fixtures.examples.appendingPathComponent("approval.yaml")).pdf)
        let rejected = try PDFText(pdf: printer.print(contentsOf: Fixtures.examples.appendingPathComponent("approval-rejected.yaml")).pdf)
        let blank = try PDFText(pdf: printer.printBlank(.approval).pdf)
        let login = "本システムは、下記のパスワードを用いてログインし、運用を開始できます。"

        #expect(approved.contains("おおさき地区医介連ネットワークシステム利用承認連絡書"))
        #expect(approved.contains("承認しましたので連絡します。"))
        #expect(approved.contains(login))
        #expect(approved.contains("Rk7mPq2vXa9t"))
        #expect(!approved.contains("不承認しました") && !approved.contains("利用不承認連絡書"))

        #expect(rejected.contains("おおさき地区医介連ネットワークシステム利用不承認連絡書"))
        #expect(rejected.contains("不承認しましたので連絡します。"))
        #expect(rejected.contains("申込書の申請代表者の押印がなく"))
        #expect(!rejected.contains(login))
        #expect(!rejected.contains("承認(不承認)") && !rejected.contains("利用承認連絡書"))

        #expect(blank.contains("おおさき地区医介連ネットワークシステム利用承認(不承認)連絡書"))
        #expect(blank.contains("承認(不承認)しましたので連絡します。"))
        #expect(blank.contains("令和　　年　　月　　日付けで申し込みのありました"))
    }

    @Test func consentCopiesCarryTheirAudienceAndCorner() throws {
        let printer = try Fixtures.printer()
        let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent("consent.yaml"))
        #expect(printed.layout.pages.count == 2)
        let pages = try (1...2).map { try PDFText(pdf: printed.pdf, page: $0) }
        #expect(pages[0].contains("(患者様あるいは患者御家族様用)"))
        #expect(pages[0].contains("患者様"))
        #expect(pages[1].contains("(医療・介護関係者用)"))
        #expect(pages[1].contains("事業所保管"))
        #expect(!pages[0].contains("(医療・介護関係者用)"))
    }
}
