import Core

/// What one printed page knows: its fields (with `page.sheet`), its conditions, and its list rows.
struct PageContext {
    var fields: [String: String]
    var conditions: Set<String>
    var lists: [String: [DisplayRow]]
    var frames: [String: PageFrame] = [:]
    /// The rows of the list the page repeats over that fall on this page.
    var slice: (list: String, rows: ListRows)?

    /// The rows a table bound to `list` shows on this page.
    func rows(of list: String) -> ListRows {
        if let slice, slice.list == list { return slice.rows }
        let all = lists[list] ?? []
        return ListRows(rows: all, firstIndex: 0)
    }
}

/// A run of a list's rows, starting at `firstIndex` of the whole list (for numbering and paths).
struct ListRows {
    var rows: [DisplayRow]
    var firstIndex: Int
}

/// Expands the page templates into printed pages: conditions, then repetition over a list.
enum PageExpander {
    /// The printed pages of `template` in order, each with its context.
    static func pages(of template: FormTemplate, values: DisplayValues) -> [(PageTemplate, PageContext)] {
        template.pages.filter { $0.condition.holds(in: values.conditions) }.flatMap { page in
            instances(of: page, values: values).map { (page, $0) }
        }
    }

    private static func instances(of page: PageTemplate, values: DisplayValues) -> [PageContext] {
        let base = PageContext(fields: values.fields, conditions: values.conditions, lists: values.lists, frames: values.frames)
        guard let repeating = page.repeating else { return [numbered(base, sheet: 1, of: 1)] }
        let rows = values.lists[repeating.list] ?? []
        let perPage = max(1, repeating.perPage)
        let sheets = max(1, (rows.count + perPage - 1) / perPage)
        return (0..<sheets).map { sheet in
            var context = numbered(base, sheet: sheet + 1, of: sheets)
            let first = sheet * perPage
            let pageRows = Array(rows[min(first, rows.count)..<min(first + perPage, rows.count)])
            context.slice = (repeating.list, ListRows(rows: pageRows, firstIndex: first))
            if perPage == 1, let row = pageRows.first { context.conditions.formUnion(row.conditions) }
            return context
        }
    }

    private static func numbered(_ base: PageContext, sheet: Int, of sheets: Int) -> PageContext {
        var context = base
        context.fields["page.sheet"] = String(sheet)
        context.fields["page.sheets"] = String(sheets)
        if sheets > 1 { context.conditions.insert("multiSheet") }
        return context
    }
}
