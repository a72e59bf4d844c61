/// What one value of a form's input holds, and so how it is read, checked and printed.
public indirect enum ContractKind: Sendable {
    /// Free text, kept exactly as written.
    case text
    /// An existing day `YYYY-MM-DD`, printed in its era (令和8年11月24日).
    case date
    /// `true` or `false`; printed ○ when true.
    case flag
    /// An MCS ID: the user's e-mail address.
    case mcsId
    /// ふりがな in hiragana or katakana.
    case kana
    /// `NNN-NNNN`; full-width digits and hyphens are accepted and printed half-width.
    case postalCode
    /// Digits and hyphens, 10 or 11 digits; full-width accepted and printed half-width.
    case phone
    /// An initial password of 運用ルール 2(1)③, which may not be any of the `notLike` values of the same
    /// item (the user's name and MCS ID).
    case password(notLike: [ContractField])
    /// A 別表 entry: its number or its exact name; printed as its name.
    case code(CodeTableName)
    /// One of fixed words.
    case choice([ContractChoice])
    /// Exactly this word (the `form:` of each form).
    case constant(String)
    /// A mapping with these keys and no others.
    case group([ContractField])
    /// A list of values of one kind; `nonEmpty` when an empty list is an error; `uniqueBy` a field of the
    /// items (an MCS ID) that no two items may share.
    case list(ContractKind, nonEmpty: Bool, uniqueBy: ContractField?)
}

/// One of the words a choice accepts, with what the form calls it (`approved` → 承認).
public struct ContractChoice: Sendable {
    public let value: String
    public let label: String

    public init(_ value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// Which 別表 a code refers to.
public enum CodeTableName: String, Sendable, CaseIterable {
    /// 別表1 施設の種類.
    case facilityTypes
    /// 別表2 職種.
    case occupations

    /// The table itself among the loaded ones.
    public func table(in tables: CodeTables) -> CodeTable {
        switch self {
        case .facilityTypes: tables.facilityTypes
        case .occupations: tables.occupations
        }
    }
}
