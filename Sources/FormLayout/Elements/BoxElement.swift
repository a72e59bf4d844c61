import Core
import FormInput

/// A rectangle outline with its top-left at `(x, y)`, `weight` millimetres thick.
struct BoxElement: ElementKind {
    static let name = "box"
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var weight: Double

    init?(reading element: MappingReader) {
        x = element.number("x") ?? 0
        y = element.number("y") ?? 0
        let width = element.required("width")?.number()
        let height = element.required("height")?.number()
        weight = element.number("weight") ?? 0.3
        guard let width, let height else { return nil }
        (self.width, self.height) = (width, height)
    }

    func lint(_ checker: inout ElementChecker) {
        checker.bounds(x: x, y: y, width: width, height: height)
    }

    func moved(right dx: Double, down dy: Double) -> BoxElement {
        var moved = self
        moved.x += dx
        moved.y += dy
        return moved
    }

    var top: Double { y }

    func layout(in page: PageComposer, within _: FlowRoom?) -> Double {
        page.draw(.rectangle(RectangleItem(
            origin: Point(x: Units.points(x), y: Units.points(y)),
            width: Units.points(width), height: Units.points(height), lineWidth: Units.points(weight))))
        return height
    }
}
