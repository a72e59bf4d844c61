/// How text is set: font family, size, alignment and fitting limits.
///
/// Written flat on the element (`font: gothic, size: 14, align: center`). Families are the names of
/// `Fonts/fonts.yaml` (`mincho`, `gothic`, `mono`); each has its fallback chain there.
public struct TextStyle: Decodable, Sendable, Equatable {
    public var font: String
    /// Size in points.
    public var size: Double
    /// The smallest size a field may shrink to before it wraps or fails.
    public var minSize: Double?
    /// The narrowest 長体 (horizontal scale) a value may be condensed to before it gets smaller:
    /// 0.8 unless the template says otherwise (trade practice: 80 % keeps strokes clear).
    public var minScale: Double
    public var align: HorizontalAlignment
    public var valign: VerticalAlignment
    /// 均等割付: spread the characters evenly across the element's width.
    public var distribute: Bool

    enum CodingKeys: String, CodingKey { case font, size, minSize, minScale, align, valign, distribute }

    public init(
        font: String = "mincho", size: Double = 10.5, minSize: Double? = nil, minScale: Double = 0.8,
        align: HorizontalAlignment = .left, valign: VerticalAlignment = .middle, distribute: Bool = false
    ) {
        self.font = font
        self.size = size
        self.minSize = minSize
        self.minScale = minScale
        self.align = align
        self.valign = valign
        self.distribute = distribute
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        font = try container.decodeIfPresent(String.self, forKey: .font) ?? "mincho"
        size = try container.decodeIfPresent(Double.self, forKey: .size) ?? 10.5
        minSize = try container.decodeIfPresent(Double.self, forKey: .minSize)
        minScale = try container.decodeIfPresent(Double.self, forKey: .minScale) ?? 0.8
        align = try container.decodeIfPresent(HorizontalAlignment.self, forKey: .align) ?? .left
        valign = try container.decodeIfPresent(VerticalAlignment.self, forKey: .valign) ?? .middle
        distribute = try container.decodeIfPresent(Bool.self, forKey: .distribute) ?? false
    }
}

/// Horizontal placement of text in its box.
public enum HorizontalAlignment: String, Decodable, Sendable, Equatable {
    case left, center, right
}

/// Vertical placement of text in its box.
public enum VerticalAlignment: String, Decodable, Sendable, Equatable {
    case top, middle, bottom
}
