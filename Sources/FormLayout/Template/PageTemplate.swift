import Core
import FormInput

/// One kind of page in a template: printed once, or once per chunk of a list.
public struct PageTemplate: Sendable {
    /// A name for the page, used in layout dumps and lint messages.
    public var id: String
    /// When set, the page is printed once per `perPage` rows of the list (at least once).
    public var repeating: PageRepeat?
    /// Whether the page is printed at all.
    public var condition: Condition
    /// Whether the page is a sheet of its own (a cover letter): in a print file printed on both sides,
    /// its back is left blank, so that what follows starts on a new sheet.
    public var ownSheet: Bool
    /// What the page shows, drawn in order.
    public var elements: [Element]
    /// Where the page is written in its template file.
    public var place: TemplatePlace?

    init?(reading page: MappingReader) {
        let id = page.requiredText("id")
        repeating = page.optional("repeat")?.mapping(PageRepeat.init(reading:)) ?? nil
        condition = Condition(reading: page)
        ownSheet = page.flag("ownSheet")
        elements = page.required("elements").map(Element.list) ?? []
        place = page.value.place
        guard let id else { return nil }
        self.id = id
    }
}

/// How a page repeats over a list: `repeat: { list: applicants, perPage: 10 }`.
///
/// Each printed instance sets the fields `page.sheet` and `page.sheets` (1-based, as printed),
/// and the condition `multiSheet` when there is more than one. Tables bound to the same list show
/// only the instance's rows, numbered on. With `perPage: 1` the row's own conditions hold on its page.
public struct PageRepeat: Sendable, Equatable {
    public var list: String
    public var perPage: Int

    init?(reading repeating: MappingReader) {
        guard let list = repeating.requiredText("list"), let perPage = repeating.required("perPage")?.integer() else { return nil }
        self.list = list
        self.perPage = perPage
    }
}

/// A line and column (from 1) in a template file.
public struct TemplatePlace: Sendable, Equatable {
    public var line: Int
    public var column: Int
}

extension ValueReader {
    /// Where this value is written in its file.
    var place: TemplatePlace? {
        node.mark.map { TemplatePlace(line: $0.line, column: $0.column) }
    }
}
