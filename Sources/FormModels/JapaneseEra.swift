/// The Japanese eras a form's date can fall in, with the day each began.
///
/// Forms print dates in the era of the day itself: 2019-04-30 is 平成31年4月30日 and
/// 2019-05-01 is 令和元年5月1日. Days before 昭和 are not used by the forms.
public enum JapaneseEra: CaseIterable, Sendable {
    case showa
    case heisei
    case reiwa

    /// The era's name as printed.
    public var name: String {
        switch self {
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    /// The first day of the era.
    public var firstDay: CalendarDate {
        switch self {
        case .showa: CalendarDate(year: 1926, month: 12, day: 25)!
        case .heisei: CalendarDate(year: 1989, month: 1, day: 8)!
        case .reiwa: CalendarDate(year: 2019, month: 5, day: 1)!
        }
    }

    /// The era `date` falls in, or nil for a day before 昭和.
    public init?(of date: CalendarDate) {
        guard let era = JapaneseEra.allCases.last(where: { $0.firstDay <= date }) else { return nil }
        self = era
    }

    /// The printed form of a date left blank for handwriting (full-width spaces, U+3000).
    public static let blankDate = "令和\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日"
}

extension CalendarDate {
    /// The date in its era with half-width digits and no spaces (`令和8年11月24日`, `令和元年5月1日`),
    /// or nil for a day before 昭和.
    public var japaneseEraText: String? {
        guard let era = JapaneseEra(of: self) else { return nil }
        let eraYear = year - era.firstDay.year + 1
        let yearText = eraYear == 1 ? "元" : String(eraYear)
        return "\(era.name)\(yearText)年\(month)月\(day)日"
    }
}
