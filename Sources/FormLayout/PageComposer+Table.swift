import Core
import FormTemplates

extension PageComposer {
    /// Horizontal padding of table cells: at least 1 mm to the rules.
    static let cellPadding = Units.points(1)

    /// A ruled table: header row, the page's rows of its list, padding rows, side-by-side groups.
    func layoutTable(_ table: TableElement) -> Double {
        let columns = visibleColumns(of: table)
        let groupWidth = columns.reduce(0) { $0 + $1.width }
        let list = context.rows(of: table.rows)
        let rowCount = max(list.rows.count, table.minRows)
        let groups = max(1, table.groups)
        let perGroup = (rowCount + groups - 1) / groups
        for group in 0..<groups {
            // One table per group, drawn row by row so that the tags nest: Table > TR > TH / TD.
            let tableNode = node(.table)
            let left = table.x + Double(group) * groupWidth
            let headerRow = node(.tableRow)
            var x = left
            for (column, width) in columns {
                let box = Box.millimetres(x: x, y: table.y, width: width, height: table.headerHeight)
                draw(headerCell(column, table: table, box: box), in: [tableNode, headerRow, node(.tableHeader)])
                x += width
            }
            for slot in 0..<perGroup where group * perGroup + slot < rowCount {
                let row = node(.tableRow)
                let top = table.y + table.headerHeight + Double(slot) * table.rowHeight
                x = left
                for (column, width) in columns {
                    let box = Box.millimetres(x: x, y: top, width: width, height: table.rowHeight)
                    let runs = bodyCell(column, table: table, list: list, index: group * perGroup + slot, box: box)
                    draw(runs, in: [tableNode, row, node(.tableCell)])
                    x += width
                }
            }
        }
        drawRules(of: table, columnWidths: columns.map(\.width), groups: groups, rows: perGroup)
        return table.headerHeight + Double(perGroup) * table.rowHeight
    }

    /// The columns whose condition holds, widened in proportion to fill the table's full width.
    func visibleColumns(of table: TableElement) -> [(column: TableColumn, width: Double)] {
        let total = table.columns.reduce(0) { $0 + $1.width }
        let kept = table.columns.filter { $0.condition.holds(in: context.conditions) }
        let keptTotal = kept.reduce(0) { $0 + $1.width }
        guard keptTotal > 0 else { return [] }
        return kept.map { ($0, $0.width * total / keptTotal) }
    }

    private func headerCell(_ column: TableColumn, table: TableElement, box: Box) -> [TextRun] {
        let style = table.headerStyle
        let lines = column.header.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
            typesetter.shape(String($0), font: style.font, path: nil)
        }
        let inner = box.inset(horizontal: Self.cellPadding)
        let widest = lines.map(\.setWidth).max() ?? 0
        let pitchFactor = 1.2
        let byHeight = box.height / (Double(max(lines.count, 1) - 1) * pitchFactor + 1)
        let size = min(style.size, widest > 0 ? inner.width / widest : style.size, byHeight)
        return typesetter.place(
            lines, size: size, in: inner, align: style.align, valign: .middle, pitch: size * pitchFactor,
            distribute: style.distribute, path: nil)
    }

    private func bodyCell(_ column: TableColumn, table: TableElement, list: ListRows, index: Int, box: Box) -> [TextRun] {
        var style = table.style
        style.font = column.font ?? style.font
        style.size = column.size ?? style.size
        style.minSize = column.minSize ?? style.minSize
        style.minScale = column.minScale ?? style.minScale
        style.align = column.align ?? (column.number ? .center : style.align)
        let inner = box.inset(horizontal: Self.cellPadding)
        if column.number {
            let number = String(list.firstIndex + index + 1)
            guard let shaped = typesetter.shape(number, font: style.font, path: nil) else { return [] }
            return typesetter.place([shaped], size: style.size, in: inner, align: style.align, valign: .middle,
                                    pitch: style.size, path: nil)
        }
        guard index < list.rows.count, let key = column.bind else { return [] }
        let row = list.rows[index]
        let rowPath = FieldPath(parsing: table.rows).appending(index: row.sourceIndex ?? list.firstIndex + index)
        let value = row.fields[key] ?? ""
        if let above = column.above, let kana = row.fields[above], !kana.isEmpty {
            return withFurigana(kana, value: value, style: style, box: inner, column: column,
                                kanaPath: rowPath.appending(above), valuePath: rowPath.appending(key))
        }
        return typesetter.field(value, style: style, box: inner, wrap: column.wrap, lineHeight: 1.2,
                                path: rowPath.appending(key))
    }

    private func drawRules(of table: TableElement, columnWidths: [Double], groups: Int, rows: Int) {
        let groupWidth = columnWidths.reduce(0, +)
        let width = groupWidth * Double(groups)
        let height = table.headerHeight + Double(rows) * table.rowHeight
        let rule = Units.points(table.ruleWeight), frame = Units.points(table.frameWeight)
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ weight: Double) {
            draw(.line(LineItem(
                from: Point(x: Units.points(x1), y: Units.points(y1)),
                to: Point(x: Units.points(x2), y: Units.points(y2)), width: weight)))
        }
        for row in 0..<rows {
            let y = table.y + table.headerHeight + Double(row) * table.rowHeight
            line(table.x, y, table.x + width, y, rule)
        }
        for group in 0..<groups {
            var x = table.x + Double(group) * groupWidth
            for (index, columnWidth) in columnWidths.enumerated() {
                if index > 0 || group > 0 { line(x, table.y, x, table.y + height, index == 0 ? frame : rule) }
                x += columnWidth
            }
        }
        draw(.rectangle(RectangleItem(
            origin: Point(x: Units.points(table.x), y: Units.points(table.y)),
            width: Units.points(width), height: Units.points(height), lineWidth: frame)))
    }
}
