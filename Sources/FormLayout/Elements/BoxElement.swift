import Core
import FormInput

/// A rectangle outline with its top-left at `(x, y)`, `weight` millimetres thick.
struct BoxElement: PlacedElement {
    static let name = "box"
    var x: Millimetres
    var y: Millimetres
    var width: Millimetres
    var height: Millimetres
    var weight: Millimetres

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        let width = element.requiredMillimetres("width")
        let height = element.requiredMillimetres("height")
        weight = element.millimetres("weight") ?? 0.3
        guard let width, let height else { return nil }
        (self.width, self.height) = (width, height)
    }

    func lint(_ checker: inout ElementChecker) {
        checker.bounds(x: x, y: y, width: width, height: height)
    }


    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        page.draw(.rectangle(RectangleItem(
            origin: Point(x: x.points.value, y: y.points.value),
            width: width.points.value, height: height.points.value, lineWidth: weight.points.value)))
        return height
    }
}
