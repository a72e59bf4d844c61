import Core
import FormInput

/// A straight line from `(x1, y1)` to `(x2, y2)`, `weight` millimetres thick; write-in blanks are rules.
struct RuleElement: ElementKind {
    static let name = "rule"
    var x1: Millimetres
    var y1: Millimetres
    var x2: Millimetres
    var y2: Millimetres
    var weight: Millimetres
    var dashed: Bool

    init?(reading element: MappingReader) {
        let ends = ["x1", "y1", "x2", "y2"].map { element.requiredMillimetres($0) }
        weight = element.millimetres("weight") ?? 0.2
        dashed = element.flag("dashed")
        guard let x1 = ends[0], let y1 = ends[1], let x2 = ends[2], let y2 = ends[3] else { return nil }
        (self.x1, self.y1, self.x2, self.y2) = (x1, y1, x2, y2)
    }

    func lint(_ checker: inout ElementChecker) {
        checker.bounds(x: min(x1, x2), y: min(y1, y2), width: abs(x2 - x1), height: abs(y2 - y1))
    }

    func moved(right dx: Millimetres, down dy: Millimetres) -> RuleElement {
        var moved = self
        moved.x1 += dx
        moved.x2 += dx
        moved.y1 += dy
        moved.y2 += dy
        return moved
    }

    var top: Millimetres { min(y1, y2) }

    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        page.draw(.line(LineItem(
            from: Point(x: x1.points.value, y: y1.points.value), to: Point(x: x2.points.value, y: y2.points.value),
            width: weight.points.value, dashed: dashed)))
        return abs(y2 - y1)
    }
}
