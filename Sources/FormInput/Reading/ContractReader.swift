import Core
import FormModels

/// Reads an input against its form's contract (`FormContract`): every declared key by its kind, every
/// other key reported as unknown, the required keys, the rules that depend on another value and the
/// checks across fields; the values that passed are returned, the problems left in the collector.
struct ContractReader {
    /// 別表1 and 別表2, against which codes are checked: given for every contract that refers to a code (`FormContract.refersToCodes`).
    let tables: CodeTables?

    /// The values of the input's root mapping `file`, read as `contract`.
    func read(_ file: MappingReader, as contract: FormContract) -> ContractValues {
        let values = group(contract.fields, in: file, unique: nil)
        let root = file.value
        for rule in contract.rules where values.text(rule.field) == rule.value {
            apply(rule, contract: contract, root: root, values: values)
        }
        for check in contract.checks { apply(check, root: root, values: values) }
        return values
    }

    /// The values of the fields of one mapping; `unique` the register of the list the mapping is an item of.
    private func group(_ fields: [ContractField], in mapping: MappingReader, unique: UniqueValues?) -> ContractValues {
        var values = ContractValues()
        for field in fields {
            guard let reader = field.required ? mapping.required(field.key) : mapping.optional(field.key) else { continue }
            values[field] = value(of: field, reader: reader, siblings: values, unique: unique)
        }
        return values
    }

    private func value(of field: ContractField, reader: ValueReader, siblings: ContractValues, unique: UniqueValues?) -> ContractValue? {
        switch field.kind {
        case .text:
            guard let text = reader.text() else { return nil }
            if field.required, !text.contains(where: { !$0.isWhitespace }) {
                reader.report(.missing)
                return nil
            }
            return .text(text)
        case .date: return reader.date().map(ContractValue.date)
        case .flag: return reader.bool().map(ContractValue.flag)
        case .mcsId: return reader.mcsId(register: unique?.field.key == field.key ? unique?.register : nil).map(ContractValue.text)
        case .kana: return reader.kana().map(ContractValue.text)
        case .postalCode: return reader.postalCode().map(ContractValue.text)
        case .phone: return reader.phoneNumber().map(ContractValue.text)
        case .password(let notLike):
            let name = notLike.first { if case .mcsId = $0.kind { false } else { true } }.flatMap(siblings.text)
            let mcsId = notLike.first { if case .mcsId = $0.kind { true } else { false } }.flatMap(siblings.text)
            return reader.password(name: name, mcsId: mcsId).map(ContractValue.secret)
        case .code(let table): return tables.flatMap { reader.code(in: table.table(in: $0)) }.map(ContractValue.code)
        case .choice(let choices): return reader.choice(of: choices.map(\.value)).map(ContractValue.text)
        case .constant(let word): return reader.choice(of: [word]).map(ContractValue.text)
        case .group(let children): return reader.mapping { group(children, in: $0, unique: unique) }.map(ContractValue.group)
        case .list(let item, let nonEmpty, let uniqueBy):
            guard let items = reader.list() else { return nil }
            if nonEmpty, items.isEmpty { reader.report(.expectedNonEmptyList) }
            let register = uniqueBy.map(UniqueValues.init)
            let itemField = ContractField(field.key, item, label: field.label)
            return .list(items.compactMap { value(of: itemField, reader: $0, siblings: ContractValues(), unique: register) })
        }
    }

    /// Reports what `rule` requires and is missing, and what it forbids and is there.
    private func apply(_ rule: ContractRule, contract: FormContract, root: ValueReader, values: ContractValues) {
        let required = Problem.requiredWhen(key: rule.field.key, value: rule.value, label: rule.field.label,
                                            choice: Self.choices(of: rule.field) { $0 == rule.value }.map(\.label).joined())
        let allowed = Self.choices(of: rule.field) { $0 != rule.value }
        for place in rule.required {
            for mapping in mappings(of: place, root: root) where !isGiven(place.field, in: mapping) {
                mapping.keys?.reportMissing(place.field.key, problem: required)
            }
        }
        for place in rule.forbidden {
            for mapping in mappings(of: place, root: root) {
                mapping.child(place.field.key)?.report(.onlyWhen(key: rule.field.key, values: allowed.map(\.value).joined(separator: "、"),
                                                                 label: rule.field.label, choices: allowed.map(\.label).joined(separator: "・")))
            }
        }
    }

    /// The mappings a place lies in: the root, or every item of its list.
    private func mappings(of place: ContractRule.Place, root: ValueReader) -> [ValueReader] {
        guard let list = place.list else { return [root] }
        guard let items = root.child(list.key), let sequence = items.node.sequence else { return [] }
        return sequence.enumerated().compactMap { index, node in
            node.mapping == nil ? nil : ValueReader(node: node, path: items.path.appending(index: index), collector: root.collector)
        }
    }

    /// Whether the mapping gives `field`: present, and not blank text or an empty list. A value that is
    /// there but wrong counts as given: its own problem is reported already.
    private func isGiven(_ field: ContractField, in mapping: ValueReader) -> Bool {
        guard let value = mapping.child(field.key) else { return false }
        if let text = value.node.scalar?.string, !text.contains(where: { !$0.isWhitespace }) { return false }
        if let items = value.node.sequence, items.isEmpty { return false }
        return true
    }

    private func apply(_ check: ContractCheck, root: ValueReader, values: ContractValues) {
        switch check {
        case .notBefore(let later, let earlier):
            guard let late = values.date(later), let early = values.date(earlier), late < early else { return }
            root.child(later.key)?.report(.dateBefore(label: later.label, date: "\(late)", earlierLabel: earlier.label,
                                                     earlierKey: earlier.key, earlier: "\(early)"))
        }
    }

    /// The choices of `field` other than `value`: where a forbidden value would be allowed.
    private static func choices(of field: ContractField, where wanted: (String) -> Bool) -> [ContractChoice] {
        guard case .choice(let choices) = field.kind else { return [] }
        return choices.filter { wanted($0.value) }
    }
}

/// The field of one list's items that must differ from item to item (the MCS ID), and what was seen.
struct UniqueValues {
    let field: ContractField
    let register = McsIdRegister()

    init(_ field: ContractField) {
        self.field = field
    }
}
