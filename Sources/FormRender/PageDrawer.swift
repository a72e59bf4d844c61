import Core
import CCairo
import FormLayout

/// Draws the items of one laid-out page on a cairo context, in black; it never shapes text.
struct PageDrawer {
    let context: OpaquePointer
    let fonts: (String) throws(RenderError) -> RendererFont
    /// The font of the document's spread labels (均等割付), when it has any.
    let spreadLabels: SpreadLabelFont?

    /// Draws every item, then fails if cairo reports an error (a failed call makes cairo drop
    /// every later drawing call silently). Text is tagged with its structure elements (a PDF
    /// surface writes them as the structure tree; other surfaces ignore them); rules and boxes
    /// are drawn outside any tag.
    func draw(_ page: LaidOutPage) throws(RenderError) {
        cairo_set_source_rgb(context, 0, 0, 0)
        var open: [StructureNode] = []
        for item in page.items {
            if case .text(let run) = item {
                retag(from: &open, to: run.structure)
                try draw(run)
                continue
            }
            retag(from: &open, to: [])
            switch item {
            case .text: break
            case .line(let line): stroke(line)
            case .rectangle(let rectangle):
                cairo_rectangle(context, rectangle.origin.x, rectangle.origin.y, rectangle.width, rectangle.height)
                stroke(width: rectangle.lineWidth)
            case .circle(let circle):
                cairo_new_sub_path(context)
                cairo_arc(context, circle.center.x, circle.center.y, circle.radius, 0, 2 * Double.pi)
                stroke(width: circle.lineWidth)
            }
        }
        retag(from: &open, to: [])
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(.drawingFailed(String(cString: cairo_status_to_string(status))))
        }
    }

    /// Closes the open tags that `structure` does not share and opens its new ones.
    private func retag(from open: inout [StructureNode], to structure: [StructureNode]) {
        let shared = zip(open, structure).prefix { $0 == $1 }.count
        for node in open[shared...].reversed() { cairo_tag_end(context, node.role.rawValue) }
        for node in structure[shared...] { cairo_tag_begin(context, node.role.rawValue, "") }
        open = structure
    }

    /// Shows a run's glyphs with its UTF-8 text and clusters, so that the PDF text is searchable; a
    /// spread label as one glyph of `spreadLabels` whose text is the whole label.
    private func draw(_ run: TextRun) throws(RenderError) {
        guard !run.glyphs.isEmpty else { return }
        let font = try fonts(run.face)
        let glyphs: [cairo_glyph_t], clusters: [cairo_text_cluster_t]
        if run.isSpread, let spreadLabels, var label = spreadLabels.glyph(for: run, face: font.cairoFace) {
            glyphs = [cairo_glyph_t(index: label.index, x: run.origin.x, y: run.origin.y)]
            clusters = [cairo_text_cluster_t(num_bytes: Int32(run.text.utf8.count), num_glyphs: 1)]
            cairo_set_font_face(context, spreadLabels.face)
            cairo_set_font_matrix(context, &label.matrix)
        } else {
            glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: $0.position.x, y: $0.position.y) }
            clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.byteCount), num_glyphs: Int32($0.glyphCount)) }
            var matrix = cairo_matrix_t()
            cairo_matrix_init(&matrix, run.size * run.horizontalScale, 0, 0, run.size, 0, 0)
            cairo_set_font_face(context, font.cairoFace)
            cairo_set_font_matrix(context, &matrix)
            if let scaled = cairo_get_scaled_font(context) { font.hold(scaled) }
        }
        let utf8 = Array(run.text.utf8).map { CChar(bitPattern: $0) }
        cairo_show_text_glyphs(
            context, utf8, Int32(utf8.count), glyphs, Int32(glyphs.count), clusters, Int32(clusters.count),
            cairo_text_cluster_flags_t(rawValue: 0))
    }

    private func stroke(_ line: LineItem) {
        cairo_move_to(context, line.from.x, line.from.y)
        cairo_line_to(context, line.to.x, line.to.y)
        if line.dashed {
            let dashes = [line.width * 4 + 1, line.width * 3 + 1]
            cairo_set_dash(context, dashes, Int32(dashes.count), 0)
        }
        stroke(width: line.width)
        cairo_set_dash(context, nil, 0, 0)
    }

    private func stroke(width: Double) {
        cairo_set_line_width(context, width)
        cairo_stroke(context)
    }
}
