import Core

/// Lays out a template filled with display values into pages of positioned glyphs and shapes.
///
/// The engine knows no form: it reads the template's elements and the values they are bound to.
/// All problems of one document (a value that does not fit, a character no face has) are
/// collected and thrown together.
public struct LayoutEngine: Sendable {
    public let fonts: FontCatalog
    private let memory = TypesetMemory()

    public init(fonts: FontCatalog) {
        self.fonts = fonts
    }

    /// Lays out every printed page of `template` for `values`.
    public func layout(template: FormTemplate, values: DisplayValues) throws(DiagnosticList) -> LaidOutDocument {
        let typesetter = Typesetter(fonts: fonts, memory: memory)
        let size = template.pageSize
        // 1. Expand the page templates into printed pages (conditions, repetition over a list).
        let printed = PageExpander.pages(of: template, values: values)
        // 2. Lay out each page's elements in order.
        let pages = printed.map { page, context in
            let composer = PageComposer(context: context, typesetter: typesetter)
            page.elements.forEach { composer.layout($0) }
            template.overlay.forEach { composer.layout($0) }
            return LaidOutPage(
                template: page.id, width: size.width.points.value, height: size.height.points.value,
                items: composer.items, ownSheet: page.ownSheet)
        }
        // 3. Report every problem at once, each only once.
        let diagnostics = unique(typesetter.diagnostics)
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        // 4. Choose the metadata texts.
        let metadata = template.metadata
        func choose(_ texts: [ConditionalText]) -> String {
            let text = texts.first { $0.condition.holds(in: values.conditions) }?.text ?? ""
            return Placeholders.fill(text) { values.fields[$0] ?? "" }
        }
        return LaidOutDocument(
            pages: pages, title: choose(metadata.title), subject: choose(metadata.subject),
            author: choose(metadata.author), fontFiles: fonts.fontFiles, fits: typesetter.fits,
            fallbacks: unique(typesetter.fallbacks))
    }

    /// The elements in order, each only once.
    private func unique<Item: Hashable>(_ items: [Item]) -> [Item] {
        var seen = Set<Item>()
        return items.filter { seen.insert($0).inserted }
    }
}
