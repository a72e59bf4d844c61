import Core
import FormInput

/// One document's declarative layout, read from `Templates/<form>.yaml`.
///
/// A template is pages of elements placed in millimetres on an A4 sheet. Static text is written
/// in the template verbatim; fields are bound by name to `DisplayValues`; variants switch on named
/// conditions. The layout engine knows no form: everything form-specific is here.
public struct FormTemplate: Sendable {
    /// The form id this template prints (`application`, `approval`, `withdrawal`, `consent`).
    public var form: String
    /// PDF metadata; each entry may carry variants.
    public var metadata: TemplateMetadata
    /// Page size in millimetres; A4 portrait unless said otherwise.
    public var pageSize: Size
    /// The page templates, in printing order.
    public var pages: [PageTemplate]
    /// Pages in files of their own, put among `pages` when their condition holds (`including(where:_:)`).
    public var includes: [PageInclude]
    /// Elements drawn on every printed page over its own (the 記入例 mark of a sample).
    public var overlay: [Element]

    init?(reading file: MappingReader) {
        let form = file.requiredText("form")
        let metadata = file.required("metadata")?.mapping(TemplateMetadata.init(reading:))
        pageSize = file.optional("pageSize")?.mapping(Size.init(reading:)).flatMap { $0 } ?? .a4
        pages = []
        includes = []
        for entry in file.required("pages")?.items({ $0.mapping(PageEntry.init(reading:)) ?? nil }) ?? [] {
            switch entry {
            case .page(let page):
                pages.append(page)
            case .include(var include):
                include.position = pages.count
                includes.append(include)
            }
        }
        overlay = file.optional("overlay").map(Element.list) ?? []
        guard let form, let metadata else { return nil }
        self.form = form
        self.metadata = metadata
    }
}

/// An entry of a template's `pages`: a page, or pages in a file of their own (`include:`).
private enum PageEntry {
    case page(PageTemplate)
    case include(PageInclude)

    init?(reading entry: MappingReader) {
        if entry.optional("include") != nil {
            guard let include = PageInclude(reading: entry) else { return nil }
            self = .include(include)
        } else {
            guard let page = PageTemplate(reading: entry) else { return nil }
            self = .page(page)
        }
    }
}

/// Title, subject and author of the PDF, as texts chosen by condition.
public struct TemplateMetadata: Sendable, Equatable {
    public var title: [ConditionalText]
    public var subject: [ConditionalText]
    public var author: [ConditionalText]

    init(reading metadata: MappingReader) {
        func texts(_ key: String) -> [ConditionalText] {
            metadata.required(key)?.items(ConditionalText.init(reading:)) ?? []
        }
        title = texts("title")
        subject = texts("subject")
        author = texts("author")
    }
}

/// A text that applies only when its condition holds; the first matching entry of a list wins.
public struct ConditionalText: Sendable, Equatable {
    public var text: String
    public var condition: Condition

    /// A plain string, or `{ text: …, when: …, unless: … }`.
    init?(reading value: ValueReader) {
        if value.node.scalar != nil {
            guard let text = value.text() else { return nil }
            self.text = text
            condition = Condition()
            return
        }
        guard let (text, condition) = value.mapping({ entry in (entry.requiredText("text"), Condition(reading: entry)) }),
              let text else { return nil }
        self.text = text
        self.condition = condition
    }
}

/// A width and a height in millimetres.
public struct Size: Sendable, Equatable {
    public var width: Millimetres
    public var height: Millimetres

    public init(width: Millimetres, height: Millimetres) {
        self.width = width
        self.height = height
    }

    init?(reading size: MappingReader) {
        guard let width = size.requiredMillimetres("width"), let height = size.requiredMillimetres("height") else { return nil }
        self.init(width: width, height: height)
    }

    public static let a4 = Size(width: 210, height: 297)
}
