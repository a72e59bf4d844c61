/// One document's declarative layout, read from `Templates/<form>.yaml`.
///
/// A template is pages of elements placed in millimetres on an A4 sheet. Static text is written
/// in the template verbatim; fields are bound by name to `DisplayValues`; variants switch on named
/// conditions. The layout engine knows no form: everything form-specific is here.
public struct FormTemplate: Decodable, Sendable, Equatable {
    /// The form id this template prints (`application`, `approval`, `withdrawal`, `consent`).
    public var form: String
    /// PDF metadata; each entry may carry variants.
    public var metadata: TemplateMetadata
    /// Page size in millimetres; A4 portrait unless said otherwise.
    public var pageSize: Size
    /// The page templates, in printing order.
    public var pages: [PageTemplate]

    enum CodingKeys: String, CodingKey { case form, metadata, pageSize, pages }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        form = try container.decode(String.self, forKey: .form)
        metadata = try container.decode(TemplateMetadata.self, forKey: .metadata)
        pageSize = try container.decodeIfPresent(Size.self, forKey: .pageSize) ?? .a4
        pages = try container.decode([PageTemplate].self, forKey: .pages)
    }
}

/// Title, subject and author of the PDF, as texts chosen by condition.
public struct TemplateMetadata: Decodable, Sendable, Equatable {
    public var title: [ConditionalText]
    public var subject: [ConditionalText]
    public var author: [ConditionalText]
}

/// A text that applies only when its condition holds; the first matching entry of a list wins.
public struct ConditionalText: Decodable, Sendable, Equatable {
    public var text: String
    public var condition: Condition

    enum CodingKeys: String, CodingKey { case text }

    public init(from decoder: Decoder) throws {
        if let plain = try? decoder.singleValueContainer().decode(String.self) {
            text = plain
            condition = Condition()
            return
        }
        text = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .text)
        condition = try Condition(from: decoder)
    }
}

/// A width and a height in millimetres.
public struct Size: Decodable, Sendable, Equatable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    public static let a4 = Size(width: 210, height: 297)
}
