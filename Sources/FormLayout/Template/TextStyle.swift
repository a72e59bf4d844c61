import Core
import FormInput

/// How text is set: font family, size, alignment and fitting limits.
///
/// Written flat on the element (`font: gothic, size: 14, align: center`). Families are the names of
/// `Fonts/fonts.yaml` (`mincho`, `gothic`, `mono`); each has its fallback chain there.
public struct TextStyle: Sendable, Equatable {
    public var font: String
    public var size: Points
    /// The smallest size a field may shrink to before it wraps or fails.
    public var minSize: Points?
    /// The narrowest 長体 (horizontal scale) a value may be condensed to before it gets smaller:
    /// 0.8 unless the template says otherwise (trade practice: 80 % keeps strokes clear).
    public var minScale: Double
    public var align: HorizontalAlignment
    public var valign: VerticalAlignment
    /// 均等割付: spread the characters evenly across the element's width.
    public var distribute: Bool

    public init(
        font: String = "mincho", size: Points = 10.5, minSize: Points? = nil, minScale: Double = 0.8,
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

    /// The style written on `mapping`, each key falling back to `base`'s value.
    init(reading mapping: MappingReader, base: TextStyle = TextStyle()) {
        self.init(
            font: mapping.text("font") ?? base.font, size: mapping.points("size") ?? base.size,
            minSize: mapping.points("minSize") ?? base.minSize, minScale: mapping.number("minScale") ?? base.minScale,
            align: mapping.optional("align")?.choice(HorizontalAlignment.self) ?? base.align,
            valign: mapping.optional("valign")?.choice(VerticalAlignment.self) ?? base.valign,
            distribute: mapping.optional("distribute")?.bool() ?? base.distribute)
    }
}

/// Horizontal placement of text in its box.
public enum HorizontalAlignment: String, CaseIterable, Sendable, Equatable {
    case left, center, right
}

/// Vertical placement of text in its box.
public enum VerticalAlignment: String, CaseIterable, Sendable, Equatable {
    case top, middle, bottom
}
