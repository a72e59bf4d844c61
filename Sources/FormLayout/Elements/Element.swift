import Core
import FormInput

/// One thing drawn on a page: its kind (one of a closed set, `ElementKinds.all`), an optional id, and
/// the condition under which it is drawn.
///
/// Positions and sizes are millimetres from the page's top-left corner; font sizes are points.
public struct Element: Sendable {
    /// An optional name, used in lint messages and layout dumps.
    public var id: String?
    /// Whether the element is drawn.
    public var condition: Condition
    /// What kind of element it is, with its own properties.
    package var kind: any ElementKind
    /// Where the element is written in its template file.
    public var place: TemplatePlace?
    /// In a group read as a table (`table: true`), the cell the element is: its row (from 1) and whether
    /// it is a header cell (`cell: th`, a label) or a data cell (`cell: td`, its value).
    var cell: (row: Int, header: Bool)?

    init(id: String?, condition: Condition, kind: any ElementKind, place: TemplatePlace?) {
        self.id = id
        self.condition = condition
        self.kind = kind
        self.place = place
    }

    /// The element written on `element`; nil (reported) when its kind is unknown or a required key missing.
    static func read(_ element: MappingReader) -> Element? {
        let id = element.text("id")
        let condition = Condition(reading: element)
        guard let kindValue = element.required("kind"), let name = kindValue.text() else {
            element.skipUnknownKeys()
            return nil
        }
        guard let type = ElementKinds.all.first(where: { $0.name == name }) else {
            kindValue.report(.unknownElementKind(name, kinds: ElementKinds.all.map { $0.name }))
            element.skipUnknownKeys()
            return nil
        }
        let row = element.optional("row")?.integer()
        let cell = element.optional("cell")?.choice(of: ["th", "td"])
        if (row == nil) != (cell == nil) { element.reportMissing(row == nil ? "row" : "cell") }
        return type.kind(reading: element).map { kind in
            var read = Element(id: id, condition: condition, kind: kind, place: element.value.place)
            if let row, let cell { read.cell = (row, cell == "th") }
            return read
        }
    }

    /// The elements of a list value.
    static func list(_ value: ValueReader) -> [Element] {
        value.items { $0.mapping(Element.read) ?? nil }
    }

    /// The element moved right by `dx` and down by `dy` millimetres: how groups and flows place their children.
    func moved(right dx: Millimetres, down dy: Millimetres) -> Element {
        var moved = self
        moved.kind = kind.moved(right: dx, down: dy)
        return moved
    }
}

/// One kind of template element: how it is read from a template, checked, moved and laid out, all in
/// its own file (`TextElement.swift` …), so that a new kind is one file and one line in `ElementKinds`.
package protocol ElementKind: Sendable {
    /// The `kind:` that names it in a template.
    static var name: String { get }
    /// Reads the element's own keys from its mapping; nil when a required one is missing (reported).
    init?(reading element: MappingReader)
    /// Checks what the element names (fields, fonts, lists, children) and that it lies on the page.
    func lint(_ checker: inout ElementChecker)
    /// The element moved right by `dx` and down by `dy` millimetres.
    func moved(right dx: Millimetres, down dy: Millimetres) -> Self
    /// The element's top edge in millimetres.
    var top: Millimetres { get }
    /// Lays the element out on the page; returns its natural height in millimetres. `flow` is the
    /// room of the flow the element stands in, if any.
    func layout(in page: PageComposer, within flow: FlowRoom?) -> Millimetres
}

/// An element placed by its top-left corner `(x, y)`, which moving shifts: most kinds.
package protocol PlacedElement: ElementKind {
    var x: Millimetres { get set }
    var y: Millimetres { get set }
}

extension PlacedElement {
    package func moved(right dx: Millimetres, down dy: Millimetres) -> Self {
        var moved = self
        moved.x += dx
        moved.y += dy
        return moved
    }

    package var top: Millimetres { y }
}

/// Where a flow sets its children: its left edge and width in millimetres.
package struct FlowRoom: Sendable {
    var x: Millimetres
    var width: Millimetres
}

extension ElementKind {
    /// The element of this kind written on `element`, as any kind.
    static func kind(reading element: MappingReader) -> (any ElementKind)? {
        Self(reading: element)
    }
}

/// The closed set of element kinds a template may use.
package enum ElementKinds {
    package static let all: [any ElementKind.Type] = [
        TextElement.self, FieldElement.self, ParagraphElement.self, RuleElement.self, BoxElement.self,
        SealElement.self, TableElement.self, FlowElement.self, GroupElement.self,
    ]
}
