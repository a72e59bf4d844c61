import Foundation
import FormInput
import FormModels

extension FormEntry {
    /// The entry as the form's input, in the contract's order: what `validate` and `render` read, and
    /// what 「YAMLで保存」 writes. A value left empty is left out, so a required one is reported missing;
    /// a list keeps its rows up to the last one with a value, so every message names the row shown.
    var input: JSONValue {
        .object(members(of: contract.fields, row: 0, in: nil, groups: []))
    }

    /// The input as the bytes the printer reads (JSON).
    var inputData: Data { Data(input.prettyPrinted.utf8) }

    private func members(of fields: [ContractField], row: Int, in list: ContractField?, groups: [ContractField]) -> [(String, JSONValue)] {
        fields.compactMap { field in
            value(of: field, row: row, in: list, groups: groups).map { (field.key, $0) }
        }
    }

    private func value(of field: ContractField, row: Int, in list: ContractField?, groups: [ContractField]) -> JSONValue? {
        switch field.kind {
        case .group(let children):
            let members = members(of: children, row: row, in: list, groups: groups + [field])
            return members.isEmpty ? nil : .object(members)
        case .list(.group(let columns), _, _):
            let rows = (0..<rows(of: field)).map { members(of: columns, row: $0, in: field, groups: []) }
            guard let last = rows.lastIndex(where: { !$0.isEmpty }) else { return nil }
            return .array(rows[...last].map { .object($0) })
        case .list:
            let chosen = choices(ContractEntry(field: field, groups: groups, list: list))
            return chosen.isEmpty ? nil : .array(chosen.map(JSONValue.string))
        default:
            let text = self.text(ContractEntry(field: field, groups: groups, list: list), row: row)
            return Self.scalar(text, of: field.kind)
        }
    }

    /// A value as the input writes it: a 別表 number as a number, a flag as `true`, the rest as text.
    private static func scalar(_ text: String, of kind: ContractKind) -> JSONValue? {
        guard !text.isEmpty else { return nil }
        switch kind {
        case .flag: return text == "false" ? nil : .bool(true)
        case .code where text.allSatisfy(\.isASCII) && Int(text) != nil: return .number(text)
        default: return .string(text)
        }
    }
}
