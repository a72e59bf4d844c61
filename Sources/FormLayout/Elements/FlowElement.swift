import Core
import FormInput

/// Children stacked top to bottom from `(x, y)` within `width`: the body of a text-heavy page.
///
/// Each child is placed below the previous one's natural height plus `gap` millimetres (or the
/// child's own `spaceBefore`). A child's `x` is an inset from the flow's left edge; its `y` is ignored.
struct FlowElement: PlacedElement {
    static let name = "flow"
    var x: Millimetres
    var y: Millimetres
    var width: Millimetres
    var gap: Millimetres
    var children: [FlowChild]

    /// An element inside a flow, with the millimetres to leave above it (the flow's `gap` when nil).
    struct FlowChild: Sendable {
        var element: Element
        var spaceBefore: Millimetres?
    }

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        let width = element.requiredMillimetres("width")
        gap = element.millimetres("gap") ?? 0
        children = element.required("children")?.items { item in
            item.mapping { child in Element.read(child).map { FlowChild(element: $0, spaceBefore: child.millimetres("spaceBefore")) } } ?? nil
        } ?? []
        guard let width else { return nil }
        self.width = width
    }

    func lint(_ checker: inout ElementChecker) {
        checker.bounds(x: x, y: y, width: width, height: 0)
        for child in children { checker.check(child.element) }
    }


    /// Children stacked top to bottom; returns the flow's total height.
    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        var cursor = y
        var first = true
        for child in children where child.element.condition.holds(in: page.context.conditions) {
            cursor += first ? 0 : (child.spaceBefore ?? gap)
            first = false
            let placed = child.element.moved(right: x, down: cursor - child.element.kind.top)
            cursor += page.layout(placed, within: FlowRoom(x: x, width: width))
        }
        return cursor - y
    }
}
