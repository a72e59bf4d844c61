import Core
import FormTemplates

extension PageComposer {
    /// Static text: one line (or lines split at `\n`) with placeholders filled.
    ///
    /// Text with a `width` that a filled-in placeholder (a long profile value) makes too wide is
    /// condensed (長体) down to `minScale` (80 %), and otherwise reported against the placeholder's path.
    func layoutText(_ element: TextElement) -> Double {
        let text = Placeholders.fill(element.text) { context.fields[$0] ?? "" }
        let path = Placeholders.paths(in: element.text).first.map(FieldPath.init(parsing:))
        let style = element.style
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
            typesetter.shape(String($0), font: style.font, path: path)
        }
        let pitch = style.size * 1.25
        let natural = Units.millimetres(Double(max(lines.count, 1) - 1) * pitch + style.size)
        let widest = Units.millimetres((lines.map(\.setWidth).max() ?? 0) * style.size)
        let box = Box.millimetres(
            x: element.x, y: element.y, width: element.width ?? widest, height: element.height ?? natural)
        let scale = condensing(widest: Units.points(widest), into: box, style: style, path: path)
        let runs = typesetter.place(
            lines, size: style.size, scale: scale, in: box, align: style.align, valign: style.valign, pitch: pitch,
            distribute: style.distribute, path: nil)
        draw(runs, in: [node(element.heading.map(StructureRole.heading) ?? .paragraph)])
        return element.height ?? natural
    }

    /// The 長体 scale that fits a line `widest` points wide into the box: 1 when it fits; reported
    /// when even `style.minScale` (80 %) is too wide.
    private func condensing(widest: Double, into box: Box, style: TextStyle, path: FieldPath?) -> Double {
        guard widest > box.width + 0.01 else { return 1 }
        let scale = (box.width / widest * 100).rounded(.down) / 100
        if scale >= style.minScale { return scale }
        typesetter.report(LayoutMessages.doesNotFit(
            path: path ?? .root, width: box.width, height: box.height, minSize: style.size,
            needed: widest * style.minScale))
        return style.minScale
    }

    /// A bound value fitted into its box.
    func layoutField(_ element: FieldElement) -> Double {
        let text = context.fields[element.bind] ?? ""
        let box = Box.millimetres(x: element.x, y: element.y, width: element.width, height: element.height)
        let runs = typesetter.field(
            text, style: element.style, box: box, wrap: element.wrap, lineHeight: element.lineHeight,
            path: FieldPath(parsing: element.bind))
        draw(runs, in: [node(.paragraph)])
        return element.height
    }

    /// Running text, justified; `width` is used when the element has none (inside a flow).
    func layoutParagraph(_ element: ParagraphElement, width: Double) -> Double {
        let text = Placeholders.fill(element.text) { context.fields[$0] ?? "" }
        let box = Box.millimetres(x: element.x, y: element.y, width: element.width ?? width, height: 0)
        let result = typesetter.paragraph(
            text, style: element.style, box: box, lineHeight: element.lineHeight,
            firstIndent: element.firstIndent, indent: element.indent, path: nil)
        draw(result.runs, in: [node(.paragraph)])
        return Units.millimetres(result.height)
    }
}
