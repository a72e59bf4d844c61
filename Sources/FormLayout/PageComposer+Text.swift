import Core
import FormTemplates

extension PageComposer {
    /// Static text: one line (or lines split at `\n`) with placeholders filled.
    func layoutText(_ element: TextElement) -> Double {
        let text = Placeholders.fill(element.text) { context.fields[$0] ?? "" }
        let style = element.style
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
            typesetter.shape(String($0), font: style.font, path: nil)
        }
        let pitch = style.size * 1.25
        let natural = Units.millimetres(Double(max(lines.count, 1) - 1) * pitch + style.size)
        let widest = Units.millimetres((lines.map(\.setWidth).max() ?? 0) * style.size)
        let box = Box.millimetres(
            x: element.x, y: element.y, width: element.width ?? widest, height: element.height ?? natural)
        let runs = typesetter.place(
            lines, size: style.size, in: box, align: style.align, valign: style.valign, pitch: pitch,
            distribute: style.distribute, path: nil)
        draw(runs, in: [node(element.heading.map(StructureRole.heading) ?? .paragraph)])
        return element.height ?? natural
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
