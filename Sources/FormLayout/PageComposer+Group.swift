import FormTemplates

extension PageComposer {
    /// The children placed relative to the group's corner; returns the group's fixed height in mm.
    func layoutGroup(_ group: GroupElement) -> Double {
        for child in group.children {
            layout(Element(child, translatedBy: group.x, group.y))
        }
        return group.height
    }
}

extension Element {
    /// The element moved right by `dx` and down by `dy` millimetres: how groups and flows place
    /// their children.
    init(_ element: Element, translatedBy dx: Double, _ dy: Double) {
        self = element
        switch element.kind {
        case .text(var text): text.x += dx; text.y += dy; kind = .text(text)
        case .field(var field): field.x += dx; field.y += dy; kind = .field(field)
        case .paragraph(var paragraph): paragraph.x += dx; paragraph.y += dy; kind = .paragraph(paragraph)
        case .rule(var rule):
            rule.x1 += dx; rule.x2 += dx; rule.y1 += dy; rule.y2 += dy
            kind = .rule(rule)
        case .box(var box): box.x += dx; box.y += dy; kind = .box(box)
        case .seal(var seal): seal.x += dx; seal.y += dy; kind = .seal(seal)
        case .table(var table): table.x += dx; table.y += dy; kind = .table(table)
        case .flow(var flow): flow.x += dx; flow.y += dy; kind = .flow(flow)
        case .group(var group): group.x += dx; group.y += dy; kind = .group(group)
        }
    }

    /// The element's top edge in millimetres (a seal's circle is centred on its `y`).
    var top: Double {
        switch kind {
        case .text(let text): text.y
        case .field(let field): field.y
        case .paragraph(let paragraph): paragraph.y
        case .rule(let rule): min(rule.y1, rule.y2)
        case .box(let box): box.y
        case .seal(let seal): seal.y - seal.diameter / 2
        case .table(let table): table.y
        case .flow(let flow): flow.y
        case .group(let group): group.y
        }
    }
}
