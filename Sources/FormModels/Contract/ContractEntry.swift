import Core

/// One value of a form as an editor lays it out: the field, the keys that lead to it, and the list
/// whose rows hold it, in the order of the contract.
///
/// A form in a browser is built from these: a group's fields under the group's label, a list's fields
/// as the columns of its rows, each input named by its path (`office.name`, `users[2].mcsId`).
public struct ContractEntry: Sendable {
    public let field: ContractField
    /// The groups from the root to the field (`office` for `office.name`), outermost first.
    public let groups: [ContractField]
    /// The list whose rows hold the field, nil for a value of the form itself.
    public let list: ContractField?

    public init(field: ContractField, groups: [ContractField], list: ContractField?) {
        self.field = field
        self.groups = groups
        self.list = list
    }

    /// The path of the value: in row `row` of its list, if it is in one.
    public func path(row: Int = 0) -> FieldPath {
        var path = FieldPath()
        if let list {
            path = path.appending(list.key).appending(index: row)
        }
        for group in groups { path = path.appending(group.key) }
        return path.appending(field.key)
    }
}

extension FormContract {
    /// Every single value of the form (not its groups and lists themselves), in the contract's order.
    public var entries: [ContractEntry] {
        func walk(_ fields: [ContractField], groups: [ContractField], list: ContractField?) -> [ContractEntry] {
            fields.flatMap { field -> [ContractEntry] in
                switch field.kind {
                case .group(let children): walk(children, groups: groups + [field], list: list)
                case .list(.group(let children), _, _): walk(children, groups: [], list: field)
                default: [ContractEntry(field: field, groups: groups, list: list)]
                }
            }
        }
        return walk(fields, groups: [], list: nil)
    }
}
