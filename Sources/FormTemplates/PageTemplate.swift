/// One kind of page in a template: printed once, or once per chunk of a list.
public struct PageTemplate: Decodable, Sendable, Equatable {
    /// A name for the page, used in layout dumps and lint messages.
    public var id: String
    /// When set, the page is printed once per `perPage` rows of the list (at least once).
    public var repeating: PageRepeat?
    /// Whether the page is printed at all.
    public var condition: Condition
    /// What the page shows, drawn in order.
    public var elements: [Element]
    /// Where the page is written in its template file.
    public var place: DataPlace?

    enum CodingKeys: String, CodingKey { case id, `repeat`, elements }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        place = (decoder as? DataNodeDecoder)?.place
        id = try container.decode(String.self, forKey: .id)
        repeating = try container.decodeIfPresent(PageRepeat.self, forKey: .repeat)
        condition = try Condition(from: decoder)
        elements = try container.decode([Element].self, forKey: .elements)
    }
}

/// How a page repeats over a list: `repeat: { list: applicants, perPage: 10 }`.
///
/// Each printed instance sets the fields `page.sheet` and `page.sheets` (1-based, as printed),
/// and the condition `multiSheet` when there is more than one. Tables bound to the same list show
/// only the instance's rows, numbered on. With `perPage: 1` the row's own conditions hold on its page.
public struct PageRepeat: Decodable, Sendable, Equatable {
    public var list: String
    public var perPage: Int
}
