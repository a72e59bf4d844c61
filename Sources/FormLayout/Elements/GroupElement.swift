import Core
import FormInput

/// Elements drawn together in a frame of fixed height: a signature grid, a framed box with its
/// field, a contact block.
///
/// The children's positions are relative to the group's top-left corner `(x, y)`. Inside a flow the
/// group is placed below the previous child like any other and takes `height` millimetres.
///
/// With `frame:` (and a `width`), the group stands in a rectangle the display values give, such as
/// `envelopeWindow` (where an envelope's window falls on the sheet): `(x, y)` is then measured from the
/// frame's corner, and a group larger than its frame is an error, not an address cut off by the window.
/// A frame the values do not give leaves the group out.
struct GroupElement: PlacedElement {
    static let name = "group"
    var x: Millimetres
    var y: Millimetres
    var width: Millimetres?
    var height: Millimetres
    var frame: String?
    var children: [Element]

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        width = element.millimetres("width")
        frame = element.text("frame")
        if frame != nil, width == nil { element.reportMissing("width") }
        let height = element.requiredMillimetres("height")
        children = element.required("children").map(Element.list) ?? []
        guard let height else { return nil }
        self.height = height
    }

    func lint(_ checker: inout ElementChecker) {
        if let frame { checker.frame(frame) }
        checker.bounds(x: x, y: y, width: width ?? 0, height: height)
        for child in children { checker.check(child) }
    }

    /// The children placed relative to the group's corner; returns the group's fixed height.
    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        var corner = (x: x, y: y)
        if let frame {
            guard let rectangle = page.context.frames[frame] else { return 0 }
            let width = width ?? 0
            if x + width > rectangle.width || y + height > rectangle.height {
                page.typesetter.report(LayoutMessages.largerThanFrame(frame, width: x + width, height: y + height,
                                                                      frame: rectangle, path: FieldPath([.key(frame)])))
            }
            corner = (rectangle.x + x, rectangle.y + y)
        }
        for child in children {
            page.layout(child.moved(right: corner.x, down: corner.y))
        }
        return height
    }
}
