import FormTemplates

extension PageComposer {
    /// Children stacked top to bottom; returns the flow's total height in millimetres.
    func layoutFlow(_ flow: FlowElement) -> Double {
        var cursor = flow.y
        var first = true
        for child in flow.children where child.element.condition.holds(in: context.conditions) {
            cursor += first ? 0 : (child.spaceBefore ?? flow.gap)
            first = false
            let placed = Element(child.element, translatedBy: flow.x, cursor - child.element.top)
            if case .paragraph(let paragraph) = placed.kind {
                cursor += layoutParagraph(paragraph, width: flow.width - (paragraph.x - flow.x))
            } else {
                cursor += layout(placed)
            }
        }
        return cursor - flow.y
    }
}
