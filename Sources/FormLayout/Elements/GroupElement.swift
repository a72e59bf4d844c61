import Core
import FormInput

/// Elements drawn together in a frame of fixed height: a signature grid, a framed box with its
/// field, a contact block.
///
/// The children's positions are relative to the group's top-left corner `(x, y)`. Inside a flow the
/// group is placed below the previous child like any other and takes `height` millimetres.
struct GroupElement: PlacedElement {
    static let name = "group"
    var x: Millimetres
    var y: Millimetres
    var height: Millimetres
    var children: [Element]

    init?(reading element: MappingReader) {
        x = element.millimetres("x") ?? 0
        y = element.millimetres("y") ?? 0
        let height = element.requiredMillimetres("height")
        children = element.required("children").map(Element.list) ?? []
        guard let height else { return nil }
        self.height = height
    }

    func lint(_ checker: inout ElementChecker) {
        checker.bounds(x: x, y: y, width: 0, height: height)
        for child in children { checker.check(child) }
    }


    /// The children placed relative to the group's corner; returns the group's fixed height.
    func layout(in page: PageComposer, within _: FlowRoom?) -> Millimetres {
        for child in children {
            page.layout(child.moved(right: x, down: y))
        }
        return height
    }
}
