import Core
import FormInput

/// A bound value in a box: `{ kind: field, bind: office.name, x: 40, y: 60, width: 120, height: 8 }`.
///
/// The value is set at `size`; if it does not fit it shrinks down to `minSize`, then wraps onto
/// more lines when `wrap` is set and the box is tall enough, and otherwise fails with an error that
/// names the bound path. An empty value draws nothing (the box stays blank for handwriting).
/// `suffix` is set right after a value that is there, shrinking with it: `御中`, `様` after a name.
struct FieldElement: PlacedElement {
    static let name = "field"
    var x: Millimetres
    var y: Millimetres
    var width: Millimetres
    var height: Millimetres
    var bind: String
    var suffix: String
    var wrap: Bool
    /// Line pitch as a multiple of the size, when wrapped.
    var lineHeight: Double
    var style: TextStyle

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        let width = element.requiredMillimetres("width")
        let height = element.requiredMillimetres("height")
        let bind = element.requiredText("bind")
        suffix = element.text("suffix") ?? ""
        wrap = element.flag("wrap")
        lineHeight = element.number("lineHeight") ?? 1.4
        style = TextStyle(reading: element)
        guard let width, let height, let bind else { return nil }
        (self.width, self.height, self.bind) = (width, height, bind)
    }

    func lint(_ checker: inout ElementChecker) {
        checker.field(bind)
        checker.style(style)
        checker.bounds(x: x, y: y, width: width, height: height)
    }


    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        let value = page.context.fields[bind] ?? ""
        let text = value.isEmpty ? "" : value + suffix
        let box = Box.millimetres(x: x, y: y, width: width, height: height)
        let runs = page.typesetter.field(
            text, style: style, box: box, wrap: wrap, lineHeight: lineHeight, path: FieldPath(parsing: bind))
        page.draw(runs, in: [page.node(.paragraph)])
        return height
    }
}
