import Core
import FormInput

/// A straight line from `(x1, y1)` to `(x2, y2)`, `weight` millimetres thick; write-in blanks are rules.
struct RuleElement: ElementKind {
    static let name = "rule"
    var x1: Double
    var y1: Double
    var x2: Double
    var y2: Double
    var weight: Double
    var dashed: Bool

    init?(reading element: MappingReader) {
        let ends = ["x1", "y1", "x2", "y2"].map { element.required($0)?.number() }
        weight = element.number("weight") ?? 0.2
        dashed = element.flag("dashed")
        guard let x1 = ends[0], let y1 = ends[1], let x2 = ends[2], let y2 = ends[3] else { return nil }
        (self.x1, self.y1, self.x2, self.y2) = (x1, y1, x2, y2)
    }

    func lint(_ checker: inout ElementChecker) {
        checker.bounds(x: min(x1, x2), y: min(y1, y2), width: abs(x2 - x1), height: abs(y2 - y1))
    }

    func moved(right dx: Double, down dy: Double) -> RuleElement {
        var moved = self
        moved.x1 += dx
        moved.x2 += dx
        moved.y1 += dy
        moved.y2 += dy
        return moved
    }

    var top: Double { min(y1, y2) }

    func layout(in page: PageComposer, within _: FlowRoom?) -> Double {
        page.draw(.line(LineItem(
            from: Point(x: Units.points(x1), y: Units.points(y1)), to: Point(x: Units.points(x2), y: Units.points(y2)),
            width: Units.points(weight), dashed: dashed)))
        return abs(y2 - y1)
    }
}
