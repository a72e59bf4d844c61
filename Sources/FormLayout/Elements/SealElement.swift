import Core
import FormInput

/// The seal mark: the character 印 centred in a circle of `diameter` millimetres whose centre is
/// `(x, y)`, set as real text so that it reads back, and tagged as a figure whose alternate text is 印.
struct SealElement: ElementKind {
    static let name = "seal"
    var x: Millimetres
    var y: Millimetres
    var diameter: Millimetres
    var style: TextStyle

    init?(reading element: MappingReader) {
        let x = element.requiredMillimetres("x")
        let y = element.requiredMillimetres("y")
        diameter = element.millimetres("diameter") ?? 6
        style = TextStyle(reading: element)
        guard let x, let y else { return nil }
        (self.x, self.y) = (x, y)
    }

    func lint(_ checker: inout ElementChecker) {
        checker.style(style)
        checker.bounds(x: x - diameter / 2, y: y - diameter / 2, width: diameter, height: diameter)
    }

    func moved(right dx: Millimetres, down dy: Millimetres) -> SealElement {
        var moved = self
        moved.x += dx
        moved.y += dy
        return moved
    }

    /// The circle is centred on `y`.
    var top: Millimetres { y - diameter / 2 }

    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        let center = Point(x: x.points.value, y: y.points.value)
        let radius = diameter.points / 2
        page.draw(.circle(CircleItem(center: center, radius: radius.value, lineWidth: Millimetres(0.2).points.value)))
        if let mark = page.typesetter.shape("印", font: style.font, path: nil) {
            let size = min(style.size, radius * 2 * 0.7)
            let box = Box(x: x.points - radius, y: y.points - radius, width: 2 * radius, height: 2 * radius)
            page.draw(page.typesetter.place([mark], size: size, in: box, align: .center, valign: .middle, pitch: size, path: nil),
                      in: [page.node(.figure)])
        }
        return diameter
    }
}
