import Core

/// Lays out the elements of one printed page into positioned items; each element kind lays itself out
/// through it (`ElementKind.layout`).
package final class PageComposer {
    let context: PageContext
    let typesetter: Typesetter
    private(set) var items: [LayoutItem] = []
    private var structureCount = 0
    /// The structure every text drawn now stands in (the cell of a grid read as a table), outermost first.
    private var enclosing: [StructureNode] = []

    init(context: PageContext, typesetter: Typesetter) {
        self.context = context
        self.typesetter = typesetter
    }

    /// Adds an item to the page.
    func draw(_ item: LayoutItem) {
        items.append(item)
    }

    /// Adds text runs to the page inside the given structure elements (outermost first), which
    /// enclose any structure the runs already carry.
    func draw(_ runs: [TextRun], in structure: [StructureNode]) {
        for var run in runs {
            run.structure = enclosing + structure + run.structure
            items.append(.text(run))
        }
    }

    /// A new structure element of `role`, distinct from every other on the page.
    func node(_ role: StructureRole) -> StructureNode {
        structureCount += 1
        return StructureNode(role: role, id: structureCount)
    }

    /// Lays out `body` with every text it draws inside `structure` (within what encloses it already).
    func within(_ structure: [StructureNode], _ body: () -> Void) {
        let outer = enclosing
        enclosing += structure
        body()
        enclosing = outer
    }

    /// Lays out `element` if its condition holds, returning its natural height in millimetres
    /// (0 when it is left out): what a flow needs to place the next child.
    @discardableResult
    func layout(_ element: Element, within flow: FlowRoom? = nil) -> Millimetres {
        guard element.condition.holds(in: context.conditions) else { return 0 }
        return element.kind.layout(in: self, within: flow)
    }
}
