import Core
import FormInput

/// A rectangle outline with its top-left at `(x, y)`, `weight` millimetres thick; with `frame:`, the
/// outline of that page frame (`envelopeWindow`), drawn only when the display values give it.
struct BoxElement: PlacedElement {
    static let name = "box"
    var x: Millimetres
    var y: Millimetres
    var width: Millimetres
    var height: Millimetres
    var weight: Millimetres
    var frame: String?

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        weight = element.millimetres("weight") ?? 0.3
        frame = element.text("frame")
        let width = frame == nil ? element.requiredMillimetres("width") : 0
        let height = frame == nil ? element.requiredMillimetres("height") : 0
        guard let width, let height else { return nil }
        (self.width, self.height) = (width, height)
    }

    func lint(_ checker: inout ElementChecker) {
        if let frame { checker.frame(frame) }
        checker.bounds(x: x, y: y, width: width, height: height)
    }

    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        var outline = PageFrame(x: x, y: y, width: width, height: height)
        if let frame {
            guard let rectangle = page.context.frames[frame] else { return 0 }
            outline = rectangle
        }
        page.draw(.rectangle(RectangleItem(
            origin: Point(x: outline.x.points.value, y: outline.y.points.value),
            width: outline.width.points.value, height: outline.height.points.value, lineWidth: weight.points.value)))
        return outline.height
    }
}
