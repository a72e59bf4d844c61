import Core
import FormInput
import FormModels

/// The answer to the desk's script while a form is edited: each problem with the field it shows at
/// (placed as on the page without the script), every date as it will print, and how many pages print.
struct LiveCheck {
    let entry: FormEntry
    let problems: [Diagnostic]
    let pages: Int

    var json: JSONValue {
        let placed = ProblemPlacement(problems: problems, entries: entry.contract.entries)
        let items: [JSONValue] = placed.listed.map { item in
            .object([
                ("field", item.target.map { .string(FieldNames.id($0)) } ?? .null),
                ("messageId", item.target.map { .string(FieldNames.messageId($0)) } ?? .null),
                ("label", .string(item.label)),
                ("message", .string(item.message)),
            ])
        }
        return .object([
            ("summary", .string(problems.isEmpty ? "" : FormPage.summaryHeading(count: problems.count))),
            ("problems", .array(items)),
            ("eras", .object(eras)),
            ("pages", .integer(pages)),
        ])
    }

    /// Each date field's id with its date as printed (令和8年11月24日), "" when it is not a date.
    private var eras: [(String, JSONValue)] {
        entry.contract.entries.filter { if case .date = $0.field.kind { true } else { false } }.flatMap { date in
            (0..<(date.list.map(entry.rows(of:)) ?? 1)).map { row in
                (FieldNames.id(date.path(row: row)), .string(CalendarDate(iso: entry.text(date, row: row))?.japaneseEraText ?? ""))
            }
        }
    }
}
