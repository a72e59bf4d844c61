import Core
import FormTemplates

extension PageComposer {
    /// A straight line.
    func layoutRule(_ rule: RuleElement) -> Double {
        draw(.line(LineItem(
            from: Point(x: Units.points(rule.x1), y: Units.points(rule.y1)),
            to: Point(x: Units.points(rule.x2), y: Units.points(rule.y2)),
            width: Units.points(rule.weight), dashed: rule.dashed)))
        return abs(rule.y2 - rule.y1)
    }

    /// A rectangle outline.
    func layoutBox(_ box: BoxElement) -> Double {
        draw(.rectangle(RectangleItem(
            origin: Point(x: Units.points(box.x), y: Units.points(box.y)),
            width: Units.points(box.width), height: Units.points(box.height), lineWidth: Units.points(box.weight))))
        return box.height
    }

    /// The seal mark: a circle with 印 centred in it, set as real text.
    func layoutSeal(_ seal: SealElement) -> Double {
        let center = Point(x: Units.points(seal.x), y: Units.points(seal.y))
        let radius = Units.points(seal.diameter) / 2
        draw(.circle(CircleItem(center: center, radius: radius, lineWidth: Units.points(0.2))))
        if let mark = typesetter.shape("印", font: seal.style.font, path: nil) {
            let size = min(seal.style.size, radius * 2 * 0.7)
            let box = Box(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
            typesetter.place([mark], size: size, in: box, align: .center, valign: .middle, pitch: size, path: nil)
                .forEach { draw(.text($0)) }
        }
        return seal.diameter
    }
}
