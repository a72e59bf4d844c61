import Core
import FormInput

/// A ruled table: a header row, then one row per item of a list, padded with empty rows.
///
/// `rows` names a list of the display values. On a page that repeats over the same list, the table
/// shows only that page's rows. `minRows` pads with empty rows (blank forms, fixed grids). `groups`
/// sets the columns side by side that many times and splits the rows between them (別表 in two
/// columns). Cell text is fitted like a field: it shrinks to `minSize`, wraps if `wrap` (lines
/// `lineHeight` times the size apart), else fails.
///
/// `closing` (`以下余白`) is written in the first empty row after the list's last row, in its first column
/// that shows a value, so that nothing can be added to a signed form; a blank form (an empty list) has
/// none, nor has a page whose rows are all filled.
struct TableElement: PlacedElement {
    static let name = "table"
    var x: Millimetres
    var y: Millimetres
    var rows: String
    var minRows: Int
    var headerHeight: Millimetres
    var rowHeight: Millimetres
    var groups: Int
    var columns: [TableColumn]
    /// Weight of the inner rules and of the outer frame, in millimetres.
    var ruleWeight: Millimetres
    var frameWeight: Millimetres
    /// Line pitch of wrapped cells and of header lines, as a multiple of the size.
    var lineHeight: Double
    /// Style of the body cells; columns may override font, size and alignment.
    var style: TextStyle
    var headerStyle: TextStyle
    /// The words that close a filled list (`以下余白`).
    var closing: String?

    /// Horizontal padding of table cells: at least 1 mm to the rules.
    static let cellPadding = Millimetres(1).points

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        let rows = element.requiredText("rows")
        minRows = element.integer("minRows") ?? 0
        let headerHeight = element.requiredMillimetres("headerHeight")
        let rowHeight = element.requiredMillimetres("rowHeight")
        groups = element.integer("groups") ?? 1
        columns = element.required("columns")?.items { $0.mapping(TableColumn.init(reading:)) ?? nil } ?? []
        ruleWeight = element.millimetres("ruleWeight") ?? 0.15
        frameWeight = element.millimetres("frameWeight") ?? 0.4
        lineHeight = element.number("lineHeight") ?? 1.2
        closing = element.text("closing")
        let style = TextStyle(reading: element)
        self.style = style
        headerStyle = element.optional("header")?.mapping { TextStyle(reading: $0) }
            ?? TextStyle(font: style.font, size: style.size, align: .center)
        guard let rows, let headerHeight, let rowHeight else { return nil }
        (self.rows, self.headerHeight, self.rowHeight) = (rows, headerHeight, rowHeight)
    }

    func lint(_ checker: inout ElementChecker) {
        guard let keys = checker.rows(of: rows) else { return }
        checker.style(style)
        checker.style(headerStyle)
        for column in columns {
            checker.condition(column.condition)
            for key in [column.bind, column.above].compactMap({ $0 }) where !keys.contains(key) {
                checker.report(.unknownRowKey(list: rows, key: key))
            }
            if let font = column.font { checker.font(font) }
            checker.minScale(column.minScale)
        }
        let width = columns.map(\.width).reduce(0, +) * Double(groups)
        checker.bounds(x: x, y: y, width: width, height: headerHeight + Double(max(minRows, 1)) * rowHeight)
    }


    /// Header row, the page's rows of its list, padding rows, side-by-side groups.
    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        let columns = visibleColumns(in: page.context)
        let groupWidth = columns.reduce(Millimetres.zero) { $0 + $1.width }
        let list = page.context.rows(of: rows)
        let rowCount = max(list.rows.count, minRows)
        let closingColumn = closingSlot(list: list, rowCount: rowCount, context: page.context).flatMap { _ in
            columns.firstIndex { !$0.column.number && $0.column.bind != nil }
        }
        let groups = max(1, groups)
        let perGroup = (rowCount + groups - 1) / groups
        for group in 0..<groups {
            // One table per group, drawn row by row so that the tags nest: Table > TR > TH / TD.
            let tableNode = page.node(.table)
            let left = x + Double(group) * groupWidth
            let headerRow = page.node(.tableRow)
            var cellX = left
            for (column, width) in columns {
                let box = Box.millimetres(x: cellX, y: y, width: width, height: headerHeight)
                page.draw(headerCell(column, box: box, page: page), in: [tableNode, headerRow, page.node(.tableHeader)])
                cellX += width
            }
            for slot in 0..<perGroup where group * perGroup + slot < rowCount {
                let row = page.node(.tableRow)
                let top = y + headerHeight + Double(slot) * rowHeight
                cellX = left
                for (offset, (column, width)) in columns.enumerated() {
                    let box = Box.millimetres(x: cellX, y: top, width: width, height: rowHeight)
                    let index = group * perGroup + slot
                    let runs = index == list.rows.count && offset == closingColumn
                        ? closingCell(box: box, page: page)
                        : bodyCell(column, list: list, index: index, box: box, page: page)
                    page.draw(runs, in: [tableNode, row, page.node(.tableCell)])
                    cellX += width
                }
            }
        }
        drawRules(columnWidths: columns.map(\.width), groups: groups, rows: perGroup, page: page)
        return headerHeight + Double(perGroup) * rowHeight
    }

    /// The row that takes `closing` on this page: the first after the list's last row, when the list has
    /// rows, ends on this page and leaves an empty row; nil otherwise.
    private func closingSlot(list: ListRows, rowCount: Int, context: PageContext) -> Int? {
        guard closing != nil, groups <= 1, !list.rows.isEmpty, list.rows.count < rowCount,
              list.firstIndex + list.rows.count == context.lists[rows]?.count else { return nil }
        return list.rows.count
    }

    private func closingCell(box: Box, page: PageComposer) -> [TextRun] {
        guard let closing, let shaped = page.typesetter.shape(closing, font: style.font, path: nil) else { return [] }
        return page.typesetter.place([shaped], size: style.size, in: box.inset(horizontal: Self.cellPadding), align: .left,
                                     valign: .middle, pitch: style.size, path: nil)
    }

    /// The columns whose condition holds, widened in proportion to fill the table's full width.
    func visibleColumns(in context: PageContext) -> [(column: TableColumn, width: Millimetres)] {
        let total = columns.reduce(Millimetres.zero) { $0 + $1.width }
        let kept = columns.filter { $0.condition.holds(in: context.conditions) }
        let keptTotal = kept.reduce(Millimetres.zero) { $0 + $1.width }
        guard keptTotal > 0 else { return [] }
        return kept.map { ($0, $0.width * total.value / keptTotal.value) }
    }

    private func headerCell(_ column: TableColumn, box: Box, page: PageComposer) -> [TextRun] {
        let style = headerStyle
        let lines = column.header.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
            page.typesetter.shape(String($0), font: style.font, path: nil)
        }
        let inner = box.inset(horizontal: Self.cellPadding)
        let widest = lines.map(\.setWidth).max() ?? 0
        let byHeight = box.height / (Double(max(lines.count, 1) - 1) * lineHeight + 1)
        let size = min(style.size, widest > 0 ? inner.width / widest : style.size, byHeight)
        return page.typesetter.place(
            lines, size: size, in: inner, align: style.align, valign: .middle, pitch: size * lineHeight,
            distribute: style.distribute, path: nil)
    }

    private func bodyCell(_ column: TableColumn, list: ListRows, index: Int, box: Box, page: PageComposer) -> [TextRun] {
        var style = style
        style.font = column.font ?? style.font
        style.size = column.size ?? style.size
        style.minSize = column.minSize ?? style.minSize
        style.minScale = column.minScale ?? style.minScale
        // Running numbers align on their last digit (9 above 10), as numbers in a column do.
        style.align = column.align ?? (column.number ? .right : style.align)
        let inner = box.inset(horizontal: Self.cellPadding)
        if column.number {
            let number = String(list.firstIndex + index + 1)
            guard let shaped = page.typesetter.shape(number, font: style.font, path: nil) else { return [] }
            return page.typesetter.place([shaped], size: style.size, in: inner, align: style.align, valign: .middle,
                                         pitch: style.size, path: nil)
        }
        guard index < list.rows.count, let key = column.bind else { return [] }
        let row = list.rows[index]
        let rowPath = FieldPath(parsing: rows).appending(index: row.sourceIndex ?? list.firstIndex + index)
        let value = row.fields[key] ?? ""
        if let above = column.above, let kana = row.fields[above], !kana.isEmpty {
            return page.withFurigana(kana, value: value, style: style, box: inner, wrap: column.wrap, lineHeight: lineHeight,
                                     kanaPath: rowPath.appending(above), valuePath: rowPath.appending(key))
        }
        return page.typesetter.field(value, style: style, box: inner, wrap: column.wrap, lineHeight: lineHeight,
                                     path: rowPath.appending(key))
    }

    private func drawRules(columnWidths: [Millimetres], groups: Int, rows: Int, page: PageComposer) {
        let groupWidth = columnWidths.reduce(0, +)
        let width = groupWidth * Double(groups)
        let height = headerHeight + Double(rows) * rowHeight
        let rule = ruleWeight.points.value, frame = frameWeight.points.value
        func line(_ x1: Millimetres, _ y1: Millimetres, _ x2: Millimetres, _ y2: Millimetres, _ weight: Double) {
            page.draw(.line(LineItem(
                from: Point(x: x1.points.value, y: y1.points.value),
                to: Point(x: x2.points.value, y: y2.points.value), width: weight)))
        }
        for row in 0..<rows {
            let ruleY = y + headerHeight + Double(row) * rowHeight
            line(x, ruleY, x + width, ruleY, rule)
        }
        for group in 0..<groups {
            var ruleX = x + Double(group) * groupWidth
            for (index, columnWidth) in columnWidths.enumerated() {
                if index > 0 || group > 0 { line(ruleX, y, ruleX, y + height, index == 0 ? frame : rule) }
                ruleX += columnWidth
            }
        }
        page.draw(.rectangle(RectangleItem(
            origin: Point(x: x.points.value, y: y.points.value),
            width: width.points.value, height: height.points.value, lineWidth: frame)))
    }
}

/// One column of a table.
///
/// `font`, `size`, `minSize`, `minScale` and `align` override the table's style for the column.
/// `bind` names the row key shown in the cell; `number` prints the row's running number instead
/// (1, 2, … numbered on across sheets, padding rows included), set flush right so that the digits align. `above` names a row key printed
/// small above the value in the same cell (furigana). A column whose condition fails is left out,
/// and its width goes to the other columns in proportion.
struct TableColumn: Sendable {
    var width: Millimetres
    var header: String
    var bind: String?
    var number: Bool
    var above: String?
    var wrap: Bool
    var condition: Condition
    var font: String?
    var size: Points?
    var minSize: Points?
    var minScale: Double?
    var align: HorizontalAlignment?

    init?(reading column: MappingReader) {
        let width = column.requiredMillimetres("width")
        header = column.text("header") ?? ""
        bind = column.text("bind")
        number = column.flag("number")
        above = column.text("above")
        wrap = column.flag("wrap")
        condition = Condition(reading: column)
        font = column.text("font")
        size = column.points("size")
        minSize = column.points("minSize")
        minScale = column.number("minScale")
        align = column.optional("align")?.choice(HorizontalAlignment.self)
        guard let width else { return nil }
        self.width = width
    }
}
