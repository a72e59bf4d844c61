import Core
import FormModels

/// How single values are printed on the forms.
enum DisplayText {
    /// The admin mark of the user tables.
    static let adminMark = "○"

    /// A date in its era (`令和8年11月24日`), or the blank date pattern when absent.
    static func date(_ date: CalendarDate?) -> String {
        guard let date else { return JapaneseEra.blankDate }
        return date.japaneseEraText ?? date.description
    }

    /// A date in its era, or "" when absent (table cells).
    static func cellDate(_ date: CalendarDate?) -> String {
        date.map { $0.japaneseEraText ?? $0.description } ?? ""
    }

    /// ○ for an admin, "" otherwise.
    static func admin(_ isAdmin: Bool) -> String {
        isAdmin ? adminMark : ""
    }

    /// The name of a 別表 entry, "" when absent.
    static func code(_ number: Int?, in table: CodeTable) -> String {
        number.flatMap(table.entry(number:))?.name ?? ""
    }

    /// The rows of a 別表 list: `number` and `name`.
    static func rows(of table: CodeTable) -> [DisplayRow] {
        table.entries.map { DisplayRow(fields: ["number": String($0.number), "name": $0.name]) }
    }
}
