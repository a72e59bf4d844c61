import Core
import FormModels

/// The fields of a form's page, each built from its contract entry: groups as fieldsets, lists of rows as
/// tables, every input named by its path, with its label as printed, its hint and its message.
extension FormPage {
    func field(for field: ContractField, placed: ProblemPlacement) -> HTML {
        switch field.kind {
        case .constant(let value):
            return "<input type=\"hidden\" name=\"\(field.key)\" value=\"\(value)\">"
        case .group(let children):
            let inner: [HTML] = children.map { control(ContractEntry(field: $0, groups: [field], list: nil), row: 0, placed: placed) }
            return """
            <fieldset class="group">
            <legend>\(field.label)</legend>
            \(hint(field, path: FieldPath().appending(field.key)))
            \(inner)
            </fieldset>
            """
        case .list(.group(let columns), _, _):
            return rows(of: field, columns: columns, placed: placed)
        default:
            return control(ContractEntry(field: field, groups: [], list: nil), row: 0, placed: placed)
        }
    }

    func rows(of list: ContractField, columns: [ContractField], placed: ProblemPlacement) -> HTML {
        let heads: [HTML] = columns.map { column in
            let hint: HTML = Self.hint(of: column).map { "<span class=\"column-hint\">\($0)</span>" } ?? .empty
            return "<th scope=\"col\"\(hiddenWhen(column))>\(column.label)\(column.required ? (" <span class=\"required\">必須</span>" as HTML) : .empty)\(hint)</th>"
        }
        let body: [HTML] = (0..<entry.rows(of: list)).map { row in
            let cells: [HTML] = columns.map { column in
                let entry = ContractEntry(field: column, groups: [], list: list)
                return "<td data-label=\"\(column.label)\"\(hiddenWhen(column))>\(input(entry, row: row, placed: placed, labelled: false))\(message(entry.path(row: row), placed))</td>"
            }
            return """
            <tr><th scope="row" class="row-number">\(row + 1)</th>\(cells)
            <td class="row-actions"><button type="submit" name="action" value="remove:\(list.key):\(row)" class="small" aria-label="\(list.label) \(row + 1)行目を削除">行を削除</button></td></tr>
            """
        }
        return """
        <fieldset class="rows" id="\(FieldNames.id(FieldPath().appending(list.key)))">
        <legend>\(list.label)</legend>
        \(hint(list, path: FieldPath().appending(list.key)))
        <div class="table-scroll"><table>
        <thead><tr><th scope="col">No.</th>\(heads)<th scope="col"><span class="visually-hidden">操作</span></th></tr></thead>
        <tbody>\(body)</tbody>
        </table></div>
        <button type="submit" name="action" value="add:\(list.key)" class="small">行を追加</button>
        </fieldset>
        """
    }

    /// A labelled value with its hint and message.
    func control(_ entry: ContractEntry, row: Int, placed: ProblemPlacement) -> HTML {
        let path = entry.path(row: row)
        if let choices = Self.boxes(of: entry.field) {
            let chosen = entry.field.choosesVariant ? [self.entry.text(entry)] : self.entry.choices(entry)
            let type: HTML = entry.field.choosesVariant ? "radio" : "checkbox"
            let boxes: [HTML] = choices.enumerated().map { index, choice in
                let first: HTML = index == 0 ? " id=\"\(FieldNames.id(path))\"\(describedBy(path, hinted: Self.hint(of: entry.field) != nil, placed))" : .empty
                return "<label class=\"check\"><input type=\"\(type)\" name=\"\(path.description)\" value=\"\(choice.value)\"\(first)\(HTML.when(chosen.contains(choice.value), " checked"))> \(choice.label)</label>"
            }
            return """
            <fieldset class="field choices">
            <legend>\(entry.field.label)\(entry.field.required ? (" <span class=\"required\">必須</span>" as HTML) : .empty)</legend>
            <div class="boxes">\(boxes)</div>
            \(hint(entry.field, path: path))\(message(path, placed))
            </fieldset>
            """
        }
        return """
        <div class="field"\(hiddenWhen(entry.field))>
        <label for="\(FieldNames.id(path))">\(entry.field.label)\(entry.field.required ? (" <span class=\"required\">必須</span>" as HTML) : .empty)</label>
        \(input(entry, row: row, placed: placed, labelled: true))
        \(hint(entry.field, path: path))\(message(path, placed))
        </div>
        """
    }

    /// The input of one value, named by its path; `labelled` when a `<label>` names it, otherwise it
    /// carries its name (`利用者 2行目 氏名`) itself.
    func input(_ entry: ContractEntry, row: Int, placed: ProblemPlacement, labelled: Bool) -> HTML {
        let path = entry.path(row: row)
        let value = self.entry.text(entry, row: row)
        let common: HTML = """
        name="\(path.description)" id="\(FieldNames.id(path))"\(labelled ? HTML.empty : (" aria-label=\"\(FieldNames.label(of: entry, row: row))\"" as HTML))\(describedBy(path, hinted: labelled && Self.hint(of: entry.field) != nil, placed))
        """
        switch entry.field.kind {
        case .flag:
            return "<input type=\"checkbox\" value=\"true\" \(common)\(HTML.when(value == "true", " checked"))>"
        case .choice(let choices):
            let options: [HTML] = choices.map { choice in
                "<option value=\"\(choice.value)\"\(HTML.when(value == choice.value, " selected"))>\(choice.label)</option>"
            }
            return "<select \(common)><option value=\"\">（選択）</option>\(options)</select>"
        case .code(let name):
            guard let table = tables.map(name.table(in:)) else { return textInput(common, value: value, kind: entry.field.kind) }
            let options: [HTML] = table.entries.map { code in
                "<option value=\"\(code.number)\"\(HTML.when(value == String(code.number) || value == code.name, " selected"))>\(code.number)　\(code.name)</option>"
            }
            return "<select \(common) class=\"code\"><option value=\"\">（\(table.label)から選択）</option>\(options)</select>"
        case .date:
            let era = CalendarDate(iso: value)?.japaneseEraText ?? ""
            return """
            <span class="date"><input type="date" \(common) value="\(value)"><output class="era" for="\(FieldNames.id(path))">\(era)</output></span>
            """
        default:
            return textInput(common, value: value, kind: entry.field.kind)
        }
    }

    /// The choices of a value chosen with boxes: the one choice that decides the form (radio buttons),
    /// or a list of choices (check boxes); nil for any other value.
    static func boxes(of field: ContractField) -> [ContractChoice]? {
        switch field.kind {
        case .choice(let choices) where field.choosesVariant: choices
        case .list(.choice(let choices), _, _): choices
        default: nil
        }
    }

    func textInput(_ common: HTML, value: String, kind: ContractKind) -> HTML {
        switch kind {
        case .mcsId: "<input type=\"text\" inputmode=\"email\" autocomplete=\"off\" spellcheck=\"false\" \(common) value=\"\(value)\">"
        case .postalCode, .phone: "<input type=\"text\" inputmode=\"tel\" \(common) value=\"\(value)\">"
        case .password: "<input type=\"text\" class=\"password\" autocomplete=\"off\" spellcheck=\"false\" \(common) value=\"\(value)\">"
        default: "<input type=\"text\" \(common) value=\"\(value)\">"
        }
    }

    /// The field's hint, except for a choice or a 別表 code, whose hint only says how a file writes what
    /// the page offers to choose.
    func hint(_ field: ContractField, path: FieldPath) -> HTML {
        guard let hint = Self.hint(of: field) else { return .empty }
        return "<p class=\"hint\" id=\"\(FieldNames.hintId(path))\">\(hint)</p>"
    }

    static func hint(of field: ContractField) -> String? {
        switch field.kind {
        case .choice, .code: return nil
        default: return field.hint
        }
    }

    func message(_ path: FieldPath, _ placed: ProblemPlacement) -> HTML {
        let messages = placed.messages(at: path)
        guard !messages.isEmpty else { return .empty }
        return "<p class=\"message\" id=\"\(FieldNames.messageId(path))\">\(messages.joined(separator: "／"))</p>"
    }

    /// `aria-describedby` naming the hint and the message of a value, and `aria-invalid` when it has one.
    func describedBy(_ path: FieldPath, hinted: Bool, _ placed: ProblemPlacement) -> HTML {
        var ids: [String] = []
        if hinted { ids.append(FieldNames.hintId(path)) }
        let invalid = !placed.messages(at: path).isEmpty
        if invalid { ids.append(FieldNames.messageId(path)) }
        var html: HTML = ids.isEmpty ? .empty : " aria-describedby=\"\(ids.joined(separator: " "))\""
        if invalid { html = "\(html) aria-invalid=\"true\"" }
        return html
    }

    /// `hidden` when the choice made leaves the value out (the password column of a rejection), with the
    /// rule for the desk's script to follow as the choice changes.
    func hiddenWhen(_ field: ContractField) -> HTML {
        let forbidding = contract.rules.filter { rule in rule.forbidden.contains { $0.field.key == field.key && $0.field.label == field.label } }
        guard !forbidding.isEmpty else { return .empty }
        let rules = forbidding.map { "\($0.field.key)=\($0.value)" }.joined(separator: " ")
        let chosen = forbidding.contains { rule in entry.text(ContractEntry(field: rule.field, groups: [], list: nil)) == rule.value }
        return " data-hidden-when=\"\(rules)\"\(HTML.when(chosen, " hidden"))"
    }
}
