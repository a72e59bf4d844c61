import Core
import FormInput

/// Running text wrapped to `width` with Japanese line-breaking rules, justified on both edges.
///
/// `firstIndent` and `indent` are in ems: the first line starts at `firstIndent`, the others at
/// `indent` (a hanging indent for numbered items and bullets). The last line is flush left.
/// Its height is the number of lines times `lineHeight` × size.
struct ParagraphElement: PlacedElement {
    static let name = "paragraph"
    var x: Millimetres
    var y: Millimetres
    /// Width in millimetres; inside a flow, the flow's width less `x` when omitted.
    var width: Millimetres?
    var text: String
    var lineHeight: Double
    var firstIndent: Ems
    var indent: Ems
    var style: TextStyle

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        width = element.millimetres("width")
        lineHeight = element.number("lineHeight") ?? 1.6
        firstIndent = element.ems("firstIndent") ?? 0
        indent = element.ems("indent") ?? 0
        style = TextStyle(reading: element)
        guard let text = element.required("text")?.text() else { return nil }
        self.text = text
    }

    func lint(_ checker: inout ElementChecker) {
        checker.placeholders(in: text)
        checker.style(style)
        checker.bounds(x: x, y: y, width: width ?? 0, height: 0)
    }


    /// Running text, justified; without a width of its own, as wide as its flow allows.
    func layout(in page: PageComposer, within flow: FlowRoom?) -> Millimetres {
        let filled = Placeholders.fill(text) { page.context.fields[$0] ?? "" }
        let box = Box.millimetres(x: x, y: y, width: width ?? flow.map { $0.width - (x - $0.x) } ?? 0, height: 0)
        let result = page.typesetter.paragraph(
            filled, style: style, box: box, lineHeight: lineHeight, firstIndent: firstIndent, indent: indent, path: nil)
        page.draw(result.runs, in: [page.node(.paragraph)])
        return result.height.millimetres
    }
}
