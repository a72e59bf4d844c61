import Core
import FormInput

/// The seal mark: the character 印 centred in a circle of `diameter` millimetres whose centre is
/// `(x, y)`, set as real text so that it reads back.
struct SealElement: ElementKind {
    static let name = "seal"
    var x: Double
    var y: Double
    var diameter: Double
    var style: TextStyle

    init?(reading element: MappingReader) {
        let x = element.required("x")?.number()
        let y = element.required("y")?.number()
        diameter = element.number("diameter") ?? 6
        style = TextStyle(reading: element)
        guard let x, let y else { return nil }
        (self.x, self.y) = (x, y)
    }

    func lint(_ checker: inout ElementChecker) {
        checker.style(style)
        checker.bounds(x: x - diameter / 2, y: y - diameter / 2, width: diameter, height: diameter)
    }

    func moved(right dx: Double, down dy: Double) -> SealElement {
        var moved = self
        moved.x += dx
        moved.y += dy
        return moved
    }

    /// The circle is centred on `y`.
    var top: Double { y - diameter / 2 }

    func layout(in page: PageComposer, within _: FlowRoom?) -> Double {
        let center = Point(x: Units.points(x), y: Units.points(y))
        let radius = Units.points(diameter) / 2
        page.draw(.circle(CircleItem(center: center, radius: radius, lineWidth: Units.points(0.2))))
        if let mark = page.typesetter.shape("印", font: style.font, path: nil) {
            let size = min(style.size, radius * 2 * 0.7)
            let box = Box(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
            page.typesetter.place([mark], size: size, in: box, align: .center, valign: .middle, pitch: size, path: nil)
                .forEach { page.draw(.text($0)) }
        }
        return diameter
    }
}
