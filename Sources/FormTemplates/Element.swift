import Core

/// One thing drawn on a page: the closed set of element kinds a template may use.
///
/// Positions and sizes are millimetres from the page's top-left corner; font sizes are points.
public struct Element: Decodable, Sendable, Equatable {
    /// An optional name, used in lint messages and layout dumps.
    public var id: String?
    /// Whether the element is drawn.
    public var condition: Condition
    /// What kind of element it is, with its own properties.
    public var kind: Kind
    /// Where the element is written in its template file.
    public var place: DataPlace?

    /// The element kinds.
    public indirect enum Kind: Sendable, Equatable {
        /// Static text on one line, with `{path}` placeholders filled from the display values.
        case text(TextElement)
        /// A bound value fitted into a box: shrunk to a floor, then wrapped if allowed, else an error.
        case field(FieldElement)
        /// Static running text wrapped and justified to a width, with `{path}` placeholders.
        case paragraph(ParagraphElement)
        /// A straight line.
        case rule(RuleElement)
        /// A rectangle outline.
        case box(BoxElement)
        /// The seal mark: 印 in a circle.
        case seal(SealElement)
        /// A ruled table whose rows come from a list.
        case table(TableElement)
        /// Children stacked top to bottom, each below the previous one's natural height.
        case flow(FlowElement)
        /// Children placed relative to a frame of fixed height.
        case group(GroupElement)
    }

    enum CodingKeys: String, CodingKey { case id, kind }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        place = (decoder as? DataNodeDecoder)?.place
        id = try container.decodeIfPresent(String.self, forKey: .id)
        condition = try Condition(from: decoder)
        let name = try container.decode(String.self, forKey: .kind)
        switch name {
        case "text": kind = .text(try TextElement(from: decoder))
        case "field": kind = .field(try FieldElement(from: decoder))
        case "paragraph": kind = .paragraph(try ParagraphElement(from: decoder))
        case "rule": kind = .rule(try RuleElement(from: decoder))
        case "box": kind = .box(try BoxElement(from: decoder))
        case "seal": kind = .seal(try SealElement(from: decoder))
        case "table": kind = .table(try TableElement(from: decoder))
        case "flow": kind = .flow(try FlowElement(from: decoder))
        case "group": kind = .group(try GroupElement(from: decoder))
        default:
            let kinds = ["text", "field", "paragraph", "rule", "box", "seal", "table", "flow", "group"]
            throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + [CodingKeys.kind], debugDescription: "",
                                                    underlyingError: Problem.unknownElementKind(name, kinds: kinds)))
        }
    }
}
