import FormModels

/// One column of the notices' CSV (`CSVNotices`): the contract field it fills, and the names its header may
/// give it: the contract's key (`office`, `mcsId`) or the words printed on the form (事業所名, 氏名, 性別), as an
/// office's own spreadsheet names them.
struct CSVColumn: Sendable {
    /// The column's key in the CSV, which messages name: the field's key, or `office` for the office's name.
    let key: String
    /// The field the column fills.
    let field: ContractField
    /// Where the value goes in the notice's input, below the root or below a user row.
    let path: [String]

    private typealias Notice = ApprovalContract

    /// The notice's columns, each notice's single values.
    static let notice: [CSVColumn] = [
        CSVColumn(key: Notice.date.key, field: Notice.date, path: [Notice.date.key]),
        CSVColumn(key: Notice.office.key, field: Notice.officeName, path: [Notice.office.key, Notice.officeName.key]),
        CSVColumn(key: Notice.officePostalCode.key, field: Notice.officePostalCode, path: [Notice.office.key, Notice.officePostalCode.key]),
        CSVColumn(key: Notice.officeAddress.key, field: Notice.officeAddress, path: [Notice.office.key, Notice.officeAddress.key]),
        CSVColumn(key: Notice.representative.key, field: Notice.representative, path: [Notice.representative.key]),
        CSVColumn(key: Notice.applicationDate.key, field: Notice.applicationDate, path: [Notice.applicationDate.key]),
        CSVColumn(key: Notice.decision.key, field: Notice.decision, path: [Notice.decision.key]),
        CSVColumn(key: Notice.rejectionReason.key, field: Notice.rejectionReason, path: [Notice.rejectionReason.key]),
    ]

    /// The user's columns: the fields of a row of the notice's user table.
    static let user: [CSVColumn] = Notice.users.children.map { CSVColumn(key: $0.key, field: $0, path: [$0.key]) }

    static let all = notice + user

    /// The column a header cell names, by key or by label; spaces (full-width too) do not count, so that
    /// 「氏　名」 as the form prints it names 氏名.
    static func named(_ header: String) -> CSVColumn? {
        let folded = fold(header)
        return all.first { $0.key == header } ?? all.first { fold($0.field.label) == folded }
    }

    private static func fold(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
