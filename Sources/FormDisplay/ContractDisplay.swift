import Core
import FormModels

/// Every value of a form printed by its kind, walking the form's contract: the display of a field needs
/// nothing but its declaration, so a new optional field prints once a template binds its path.
///
/// Text is printed as written, a date in its era (a blank date `令和　　年　　月　　日` where the form
/// prints one, an empty cell in a table), a 別表 code as its name, a flag as ○, a password in its cell.
/// A value left out prints as "", so the template leaves its space blank for handwriting. A list of
/// groups becomes rows by its key (`users`), each cell by its field's key. A value that chooses the
/// form's variant (承認 or 不承認) is a condition of the template instead.
struct ContractDisplay {
    /// The 別表, given for every form that refers to a code (`FormContract.refersToCodes`).
    let tables: CodeTables?

    func values(of document: FormDocument) -> DisplayValues {
        var display = DisplayValues()
        add(FormContract.of(document.kind).fields, of: document.values, prefix: "", to: &display)
        return display
    }

    private func add(_ fields: [ContractField], of values: ContractValues, prefix: String, to display: inout DisplayValues) {
        for field in fields {
            switch field.kind {
            case .constant:
                continue
            case .group(let children):
                add(children, of: values.group(field), prefix: prefix + field.key + ".", to: &display)
            case .list(.group(let children), _, _):
                display.lists[prefix + field.key] = values.items(field).enumerated().map { index, item in
                    DisplayRow(fields: Dictionary(uniqueKeysWithValues: children.map { ($0.key, text(of: $0, in: item, inRow: true)) }),
                               sourceIndex: index)
                }
            case .list:
                continue
            case _ where field.choosesVariant:
                display.conditions.insert(values.text(field) ?? ContractField.undecided)
            default:
                display.fields[prefix + field.key] = text(of: field, in: values, inRow: false)
            }
        }
    }

    /// The fields, lists and conditions the display of `contract` can give.
    func vocabulary(of contract: FormContract) -> DisplayVocabulary {
        var vocabulary = DisplayVocabulary()
        func walk(_ fields: [ContractField], prefix: String) {
            for field in fields {
                switch field.kind {
                case .constant, .list(.choice, _, _): continue
                case .group(let children): walk(children, prefix: prefix + field.key + ".")
                case .list(let item, _, _):
                    if case .group(let children) = item { vocabulary.lists[prefix + field.key] = Set(children.map(\.key)) }
                case .choice(let choices) where field.choosesVariant:
                    vocabulary.conditions.formUnion(choices.map(\.value) + [ContractField.undecided])
                default: vocabulary.fields.insert(prefix + field.key)
                }
            }
        }
        walk(contract.fields, prefix: "")
        return vocabulary
    }

    /// How the value of a single field is printed.
    private func text(of field: ContractField, in values: ContractValues, inRow: Bool) -> String {
        switch field.kind {
        case .date: inRow ? DisplayText.cellDate(values.date(field)) : DisplayText.date(values.date(field))
        case .flag: DisplayText.admin(values.flag(field))
        case .code(let name): tables.map { DisplayText.code(values.code(field), in: name.table(in: $0)) } ?? ""
        case .password: values.secret(field)?.value ?? ""
        default: values.text(field) ?? ""
        }
    }
}
