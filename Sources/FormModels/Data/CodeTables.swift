
/// The two code lists the forms use: 別表1 (施設の種類) and 別表2 (職種).
public struct CodeTables: Sendable, Equatable {
    /// 別表1 施設の種類.
    public let facilityTypes: CodeTable
    /// 別表2 職種.
    public let occupations: CodeTable

    public init(facilityTypes: CodeTable, occupations: CodeTable) {
        self.facilityTypes = facilityTypes
        self.occupations = occupations
    }
}
