import FormModels
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2019-04-30", "平成31年4月30日"),
        ("2019-05-01", "令和元年5月1日"),
        ("2026-11-24", "令和8年11月24日"),
        ("2020-01-01", "令和2年1月1日"),
        ("1926-12-24", nil),
        ("1926-12-25", "昭和元年12月25日"),
        ("1927-01-01", "昭和2年1月1日"),
        ("1989-01-07", "昭和64年1月7日"),
        ("1989-01-08", "平成元年1月8日"),
        ("1990-01-01", "平成2年1月1日"),
        ("2000-02-29", "平成12年2月29日"),
    ] as [(String, String?)])
    func eraText(iso: String, expected: String?) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.japaneseEraText == expected)
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
                      "2026-01-00", "2026-1-5", "26-01-05", "2026/01/05", "２０２６-01-05", "2026-01-05T00:00", "", "0000-01-01"])
    func rejectsImpossibleOrMalformed(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
    }

    @Test func shapeIsCheckedApartFromExistence() {
        #expect(CalendarDate.hasISOShape("2026-02-30"))
        #expect(!CalendarDate.hasISOShape("2026-2-3"))
    }

    @Test func printsISOAndOrders() throws {
        let early = try #require(CalendarDate(iso: "2026-11-05"))
        let late = try #require(CalendarDate(year: 2026, month: 11, day: 24))
        #expect(early.description == "2026-11-05")
        #expect(early < late)
    }

    @Test func blankDateUsesIdeographicSpaces() {
        #expect(JapaneseEra.blankDate == "令和　　年　　月　　日")
        #expect(JapaneseEra.blankDate.unicodeScalars.filter { $0 == "\u{3000}" }.count == 6)
    }
}
