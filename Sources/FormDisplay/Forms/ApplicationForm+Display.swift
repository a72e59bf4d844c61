import Core
import FormModels

extension ApplicationForm {
    /// The 別表 lists `facilityTypes` and `occupations` printed after the last sheet.
    static func displayExtras(tables: CodeTables) -> DisplayValues {
        DisplayValues(lists: [
            "facilityTypes": DisplayText.rows(of: tables.facilityTypes),
            "occupations": DisplayText.rows(of: tables.occupations),
        ])
    }
}
