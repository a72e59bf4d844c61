/// The values of a form's input after the reader checked them against its contract: every key known,
/// every value of its kind (dates are dates, codes numbers, passwords secrets), every rule kept.
///
/// Values are found by their field (`values.date(ApprovalContract.date)`), so the keys stay in the
/// contract. A key that was left out has no value.
public struct ContractValues: Sendable, Equatable, Codable {
    public var entries: [String: ContractValue]

    public init(_ entries: [String: ContractValue] = [:]) {
        self.entries = entries
    }

    public subscript(_ field: ContractField) -> ContractValue? {
        get { entries[field.key] }
        set { entries[field.key] = newValue }
    }

    /// The text of a text, kana, MCS ID, postal code, phone, choice or constant field.
    public func text(_ field: ContractField) -> String? {
        if case .text(let text)? = self[field] { return text }
        return nil
    }

    public func date(_ field: ContractField) -> CalendarDate? {
        if case .date(let date)? = self[field] { return date }
        return nil
    }

    /// A flag, false when left out.
    public func flag(_ field: ContractField) -> Bool {
        if case .flag(let flag)? = self[field] { return flag }
        return false
    }

    /// The number of a 別表 entry.
    public func code(_ field: ContractField) -> Int? {
        if case .code(let number)? = self[field] { return number }
        return nil
    }

    public func secret(_ field: ContractField) -> Secret? {
        if case .secret(let secret)? = self[field] { return secret }
        return nil
    }

    /// The choice of a choice field as its Swift type (`ApprovalNotice.Decision`).
    public func choice<Choice: RawRepresentable>(_ field: ContractField, as _: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        text(field).flatMap(Choice.init(rawValue:))
    }

    /// The values of a group, empty when it was left out.
    public func group(_ field: ContractField) -> ContractValues {
        if case .group(let values)? = self[field] { return values }
        return ContractValues()
    }

    /// The items of a list, nil when it was left out.
    public func list(_ field: ContractField) -> [ContractValue]? {
        if case .list(let items)? = self[field] { return items }
        return nil
    }

    /// The groups a list of groups holds, empty when it was left out.
    public func items(_ field: ContractField) -> [ContractValues] {
        (list(field) ?? []).compactMap { item in
            if case .group(let values) = item { return values }
            return nil
        }
    }
}

/// One checked value of a form's input.
public indirect enum ContractValue: Sendable, Equatable, Codable {
    /// Text as written (postal codes and phone numbers made half-width), a choice or a constant.
    case text(String)
    case secret(Secret)
    case date(CalendarDate)
    case flag(Bool)
    /// The number of a 別表 entry.
    case code(Int)
    case group(ContractValues)
    case list([ContractValue])
}
