/// Static text on one line: `{ kind: text, x: 20, y: 12, text: "<別紙様式2>" }`.
///
/// `(x, y)` is the top-left of the line's em box. With a `width`, the text is aligned (or, with
/// `distribute`, spread) within it; with a `height`, it is placed vertically within that box.
/// `{path}` placeholders are filled from the display values (`{date}`, `{page.sheet}`).
/// `heading: 1` tags the text as a heading of that level in the PDF's reading structure.
public struct TextElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double?
    public var height: Double?
    public var text: String
    public var heading: Int?
    public var style: TextStyle

    enum CodingKeys: String, CodingKey { case x, y, width, height, text, heading }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decodeIfPresent(Double.self, forKey: .x) ?? 0
        y = try container.decodeIfPresent(Double.self, forKey: .y) ?? 0
        width = try container.decodeIfPresent(Double.self, forKey: .width)
        height = try container.decodeIfPresent(Double.self, forKey: .height)
        text = try container.decode(String.self, forKey: .text)
        heading = try container.decodeIfPresent(Int.self, forKey: .heading)
        style = try TextStyle(from: decoder)
    }
}

/// A bound value in a box: `{ kind: field, bind: office.name, x: 40, y: 60, width: 120, height: 8 }`.
///
/// The value is set at `size`; if it does not fit it shrinks down to `minSize`, then wraps onto
/// more lines when `wrap` is set and the box is tall enough, and otherwise fails with an error that
/// names the bound path. An empty value draws nothing (the box stays blank for handwriting).
public struct FieldElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var bind: String
    public var wrap: Bool
    /// Line pitch as a multiple of the size, when wrapped.
    public var lineHeight: Double
    public var style: TextStyle

    enum CodingKeys: String, CodingKey { case x, y, width, height, bind, wrap, lineHeight }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decodeIfPresent(Double.self, forKey: .x) ?? 0
        y = try container.decodeIfPresent(Double.self, forKey: .y) ?? 0
        width = try container.decode(Double.self, forKey: .width)
        height = try container.decode(Double.self, forKey: .height)
        bind = try container.decode(String.self, forKey: .bind)
        wrap = try container.decodeIfPresent(Bool.self, forKey: .wrap) ?? false
        lineHeight = try container.decodeIfPresent(Double.self, forKey: .lineHeight) ?? 1.4
        style = try TextStyle(from: decoder)
    }
}

/// Running text wrapped to `width` with Japanese line-breaking rules, justified on both edges.
///
/// `firstIndent` and `indent` are in ems: the first line starts at `firstIndent`, the others at
/// `indent` (a hanging indent for numbered items and bullets). The last line is flush left.
/// Its height is the number of lines times `lineHeight` × size.
public struct ParagraphElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    /// Width in millimetres; inside a flow, the flow's width less `x` when omitted.
    public var width: Double?
    public var text: String
    public var lineHeight: Double
    public var firstIndent: Double
    public var indent: Double
    public var style: TextStyle

    enum CodingKeys: String, CodingKey { case x, y, width, text, lineHeight, firstIndent, indent }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decodeIfPresent(Double.self, forKey: .x) ?? 0
        y = try container.decodeIfPresent(Double.self, forKey: .y) ?? 0
        width = try container.decodeIfPresent(Double.self, forKey: .width)
        text = try container.decode(String.self, forKey: .text)
        lineHeight = try container.decodeIfPresent(Double.self, forKey: .lineHeight) ?? 1.6
        firstIndent = try container.decodeIfPresent(Double.self, forKey: .firstIndent) ?? 0
        indent = try container.decodeIfPresent(Double.self, forKey: .indent) ?? 0
        style = try TextStyle(from: decoder)
    }
}
