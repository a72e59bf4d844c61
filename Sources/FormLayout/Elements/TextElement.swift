import Core
import FormInput

/// Static text on one line: `{ kind: text, x: 20, y: 12, text: "<別紙様式2>" }`.
///
/// `(x, y)` is the top-left of the line's em box. With a `width`, the text is aligned (or, with
/// `distribute`, spread) within it; with a `height`, it is placed vertically within that box.
/// `{path}` placeholders are filled from the display values (`{date}`, `{page.sheet}`).
/// `heading: 1` tags the text as a heading of that level in the PDF's reading structure. Lines split
/// at `\n` follow each other at `lineHeight` times the size.
struct TextElement: PlacedElement {
    static let name = "text"
    var x: Millimetres
    var y: Millimetres
    var width: Millimetres?
    var height: Millimetres?
    var text: String
    var heading: Int?
    var lineHeight: Double
    var style: TextStyle

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        width = element.millimetres("width")
        height = element.millimetres("height")
        heading = element.integer("heading")
        lineHeight = element.number("lineHeight") ?? 1.25
        style = TextStyle(reading: element)
        guard let text = element.required("text")?.text() else { return nil }
        self.text = text
    }

    func lint(_ checker: inout ElementChecker) {
        checker.placeholders(in: text)
        checker.style(style)
        checker.bounds(x: x, y: y, width: width ?? 0, height: height ?? 0)
    }


    /// Text with a `width` that a filled-in placeholder (a long profile value) makes too wide is
    /// condensed (長体) down to `minScale` (80 %), and otherwise reported against the placeholder's path.
    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        let filled = Placeholders.fill(text) { page.context.fields[$0] ?? "" }
        let path = Placeholders.paths(in: text).first.map(FieldPath.init(parsing:))
        let lines = filled.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
            page.typesetter.shape(String($0), font: style.font, path: path)
        }
        let pitch = style.size * lineHeight
        let natural = (Double(max(lines.count, 1) - 1) * pitch + style.size).millimetres
        let widest = ((lines.map(\.setWidth).max() ?? 0) * style.size).millimetres
        let box = Box.millimetres(x: x, y: y, width: width ?? widest, height: height ?? natural)
        let scale = condensing(widest: widest.points, into: box, page: page, path: path)
        let runs = page.typesetter.place(
            lines, size: style.size, scale: scale, in: box, align: style.align, valign: style.valign, pitch: pitch,
            distribute: style.distribute, path: nil)
        page.draw(runs, in: [page.node(heading.map(StructureRole.heading) ?? .paragraph)])
        return height ?? natural
    }

    /// The 長体 scale that fits a line `widest` points wide into the box: 1 when it fits; reported
    /// when even `style.minScale` (80 %) is too wide.
    private func condensing(widest: Points, into box: Box, page: PageComposer, path: FieldPath?) -> Double {
        guard widest.value > box.width.value + 0.01 else { return 1 }
        let scale = (box.width / widest * 100).rounded(.down) / 100
        if scale >= style.minScale { return scale }
        page.typesetter.report(LayoutMessages.doesNotFit(
            path: path ?? .root, width: box.width, height: box.height, minSize: style.size,
            needed: widest * style.minScale))
        return style.minScale
    }
}
