import Core
import FormInput

/// Elements drawn together in a frame of fixed height: a signature grid, a framed box with its
/// field, a contact block.
///
/// The children's positions are relative to the group's top-left corner `(x, y)`. Inside a flow the
/// group is placed below the previous child like any other and takes `height` millimetres.
///
/// With `frame:` (and a `width`), the group stands in a rectangle the display values give, such as
/// `envelopeWindow` (where an envelope's window falls on the sheet): `(x, y)` is then measured from the
/// frame's corner, and a group larger than its frame is an error, not an address cut off by the window.
/// A frame the values do not give leaves the group out.
///
/// With `table: true` the group is read as a table (a label-and-value grid: 事業所名 and its value): each
/// child with `row:` and `cell: th` (a label) or `cell: td` (its value) is that cell of that row, so a
/// screen reader reads a label with its value. Children are listed row by row; children of the same row
/// and kind one after another make one cell.
struct GroupElement: PlacedElement {
    static let name = "group"
    var x: Millimetres
    var y: Millimetres
    var width: Millimetres?
    var height: Millimetres
    var frame: String?
    var isTable: Bool
    var children: [Element]

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        width = element.millimetres("width")
        frame = element.text("frame")
        isTable = element.flag("table")
        if frame != nil, width == nil { element.reportMissing("width") }
        let height = element.requiredMillimetres("height")
        children = element.required("children").map(Element.list) ?? []
        guard let height else { return nil }
        self.height = height
    }

    func lint(_ checker: inout ElementChecker) {
        if let frame { checker.frame(frame) }
        checker.bounds(x: x, y: y, width: width ?? 0, height: height)
        for child in children { checker.check(child) }
    }

    /// The children placed relative to the group's corner; returns the group's fixed height.
    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        var corner = (x: x, y: y)
        if let frame {
            guard let rectangle = page.context.frames[frame] else { return 0 }
            let width = width ?? 0
            if x + width > rectangle.width || y + height > rectangle.height {
                page.typesetter.report(LayoutMessages.largerThanFrame(frame, width: x + width, height: y + height,
                                                                      frame: rectangle, path: FieldPath([.key(frame)])))
            }
            corner = (rectangle.x + x, rectangle.y + y)
        }
        let table = isTable ? page.node(.table) : nil
        var rows: [Int: StructureNode] = [:]
        var previous: (row: Int, header: Bool, node: StructureNode)?
        // A table's cells are drawn first and its rules after them, so that no untagged drawing splits
        // the table's structure element in two.
        let ordered = table == nil ? children : children.filter { $0.cell != nil } + children.filter { $0.cell == nil }
        for child in ordered {
            let moved = child.moved(right: corner.x, down: corner.y)
            guard let table, let cell = child.cell else {
                page.layout(moved)
                continue
            }
            let row = rows[cell.row] ?? page.node(.tableRow)
            rows[cell.row] = row
            // Children of one row and kind in a row make one cell: 「住所」 and its 「：」.
            let node = previous.flatMap { $0.row == cell.row && $0.header == cell.header ? $0.node : nil }
                ?? page.node(cell.header ? .tableHeader : .tableCell)
            previous = (cell.row, cell.header, node)
            page.within([table, row, node]) { page.layout(moved) }
        }
        return height
    }
}
