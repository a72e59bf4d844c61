import FormTemplates

extension PageComposer {
    /// Children stacked top to bottom; returns the flow's total height in millimetres.
    func layoutFlow(_ flow: FlowElement) -> Double {
        var cursor = flow.y
        var first = true
        for child in flow.children where child.element.condition.holds(in: context.conditions) {
            cursor += first ? 0 : (child.spaceBefore ?? flow.gap)
            first = false
            let x = flow.x
            switch child.element.kind {
            case .paragraph(var paragraph):
                paragraph.x += x
                paragraph.y = cursor
                cursor += layoutParagraph(paragraph, width: flow.width - (paragraph.x - x))
            default:
                cursor += layout(Element(child.element, movedBy: x, toTop: cursor))
            }
        }
        return cursor - flow.y
    }
}

extension Element {
    /// The element with its left edge moved right by `dx` and its top placed at `top` (mm).
    init(_ element: Element, movedBy dx: Double, toTop top: Double) {
        self = element
        switch element.kind {
        case .text(var text): text.x += dx; text.y = top; kind = .text(text)
        case .field(var field): field.x += dx; field.y = top; kind = .field(field)
        case .paragraph(var paragraph): paragraph.x += dx; paragraph.y = top; kind = .paragraph(paragraph)
        case .rule(var rule):
            let shift = top - min(rule.y1, rule.y2)
            rule.x1 += dx; rule.x2 += dx; rule.y1 += shift; rule.y2 += shift
            kind = .rule(rule)
        case .box(var box): box.x += dx; box.y = top; kind = .box(box)
        case .seal(var seal): seal.x += dx; seal.y = top + seal.diameter / 2; kind = .seal(seal)
        case .table(var table): table.x += dx; table.y = top; kind = .table(table)
        case .flow(var flow): flow.x += dx; flow.y = top; kind = .flow(flow)
        case .group(var group): group.x += dx; group.y = top; kind = .group(group)
        }
    }
}
