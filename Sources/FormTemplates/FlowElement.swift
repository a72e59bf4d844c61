/// Children stacked top to bottom from `(x, y)` within `width`: the body of a text-heavy page.
///
/// Each child is placed below the previous one's natural height plus `gap` millimetres (or the
/// child's own `spaceBefore`). A child's `x` is an inset from the flow's left edge; its `y` is ignored.
/// Children may be text, field, paragraph, table, group or flow elements.
public struct FlowElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var gap: Double
    public var children: [FlowChild]

    enum CodingKeys: String, CodingKey { case x, y, width, gap, children }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decodeIfPresent(Double.self, forKey: .x) ?? 0
        y = try container.decodeIfPresent(Double.self, forKey: .y) ?? 0
        width = try container.decode(Double.self, forKey: .width)
        gap = try container.decodeIfPresent(Double.self, forKey: .gap) ?? 0
        children = try container.decode([FlowChild].self, forKey: .children)
    }
}

/// An element inside a flow, with the space to leave above it.
public struct FlowChild: Decodable, Sendable, Equatable {
    public var element: Element
    /// Millimetres above this child; the flow's `gap` when omitted.
    public var spaceBefore: Double?

    enum CodingKeys: String, CodingKey { case spaceBefore }

    public init(from decoder: Decoder) throws {
        element = try Element(from: decoder)
        spaceBefore = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Double.self, forKey: .spaceBefore)
    }
}
