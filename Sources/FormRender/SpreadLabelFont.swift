import CCairo
import FormLayout

/// A font whose glyphs are whole labels set with 均等割付 (事業所名 spread over its cell), one glyph each.
///
/// A spread label's characters stand a character or more apart, and PDF readers that go by the
/// positions of glyphs read them as separate words: `事 業 所 名` in pdftotext, one character per line
/// in MuPDF, which does not read the marked-content text (`/ActualText`) that poppler would take.
/// Drawn as one glyph whose text is the whole label, it reads back as one word everywhere, in its place
/// in the reading order. The glyph is the label's own glyphs, filled as outlines: cairo writes a user
/// font as a Type 3 font, whose glyphs are drawings, and would turn text drawn inside one into an image.
///
/// One font per document, so that its glyph numbers start again with each one. Looking a label's glyph
/// up may draw it with the label's face, so a document that uses this font is finished under
/// `CairoTextLock` (cairo may evict the drawing and draw it again when it writes the font).
final class SpreadLabelFont {
    /// One label: its face's glyphs at their places in the label (in the label's font units) and the
    /// face's matrix in those units.
    private struct Label {
        let face: OpaquePointer
        let glyphs: [cairo_glyph_t]
        let faceMatrix: cairo_matrix_t
    }

    let face: OpaquePointer
    private var labels: [Label] = []

    /// The key of cairo's user data that holds the face's reference to this font.
    private nonisolated(unsafe) static let key = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

    private init() throws(RenderError) {
        face = cairo_user_font_face_create()
        cairo_user_font_face_set_init_func(face, Self.initialize)
        cairo_user_font_face_set_render_glyph_func(face, Self.render)
        let reference = Unmanaged.passRetained(self).toOpaque()
        let status = cairo_font_face_set_user_data(face, Self.key, reference) { reference in
            if let reference { Unmanaged<SpreadLabelFont>.fromOpaque(reference).release() }
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            Unmanaged<SpreadLabelFont>.fromOpaque(reference).release()
            cairo_font_face_destroy(face)
            throw RenderError(.drawingFailed(String(cString: cairo_status_to_string(status))))
        }
    }

    /// A font for the spread labels on `pages`, or nil when they have none.
    static func forLabels(on pages: [LaidOutPage]) throws(RenderError) -> SpreadLabelFont? {
        let spread = pages.contains { $0.items.contains { if case .text(let run) = $0 { run.isSpread } else { false } } }
        return spread ? try SpreadLabelFont() : nil
    }

    /// Releases the face; the font goes with the last scaled font cairo keeps of it.
    func release() {
        cairo_font_face_destroy(face)
    }

    /// The glyph that draws `run` at its origin, and the font matrix to draw it with.
    ///
    /// Each label is half an em of its own font, whose matrix two readers' guesses decide. poppler takes
    /// the first glyph of a Type 3 font for a letter half an em wide to find the text's size from the
    /// height of the matrix (`TextPage::beginWord`), so the em is twice the label's width; MuPDF takes the
    /// square root of the matrix's determinant, so the em's height is what makes that the run's size, and
    /// a shear gives back the height poppler reads. The outlines undo the matrix (they are set through
    /// its inverse), so the label looks as set. With any other matrix a label reads back as if many lines
    /// high and merges with the lines above and below it (`(届出者)事業所名`).
    func glyph(for run: TextRun, face runFace: OpaquePointer) -> (index: UInt, matrix: cairo_matrix_t)? {
        let width = 2 * (run.endX - run.origin.x), size = run.size
        guard width > size else { return nil }
        let height = size * size / width
        var matrix = cairo_matrix_t(), inverse = cairo_matrix_t(), face = cairo_matrix_t(), faceMatrix = cairo_matrix_t()
        cairo_matrix_init(&matrix, width, 0, (size * size - height * height).squareRoot(), height, 0, 0)
        inverse = matrix
        cairo_matrix_invert(&inverse)
        cairo_matrix_init(&face, size * run.horizontalScale, 0, 0, size, 0, 0)
        cairo_matrix_multiply(&faceMatrix, &face, &inverse)
        let glyphs = run.glyphs.map { glyph in
            var (x, y) = (glyph.position.x - run.origin.x, glyph.position.y - run.origin.y)
            cairo_matrix_transform_distance(&inverse, &x, &y)
            return cairo_glyph_t(index: UInt(glyph.id), x: x, y: y)
        }
        labels.append(Label(face: runFace, glyphs: glyphs, faceMatrix: faceMatrix))
        return (UInt(labels.count - 1), matrix)
    }

    /// cairo's call for a new size: a label (half an em wide) in a box an em high.
    private static let initialize: cairo_user_scaled_font_init_func_t = { _, _, extents in
        extents?.pointee = cairo_font_extents_t(ascent: 0.88, descent: 0.12, height: 1, max_x_advance: 0.5, max_y_advance: 0)
        return CAIRO_STATUS_SUCCESS
    }

    /// cairo's call for a glyph it has not drawn yet: `context` is in the label's font units.
    private static let render: cairo_user_scaled_font_render_glyph_func_t = { scaledFont, glyph, context, extents in
        guard let scaledFont, let context, let extents,
              let pointer = cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(scaledFont), key)
        else { return CAIRO_STATUS_USER_FONT_ERROR }
        let font = Unmanaged<SpreadLabelFont>.fromOpaque(pointer).takeUnretainedValue()
        guard font.labels.indices.contains(Int(glyph)) else { return CAIRO_STATUS_USER_FONT_ERROR }
        let label = font.labels[Int(glyph)]
        var faceMatrix = label.faceMatrix
        cairo_set_font_face(context, label.face)
        cairo_set_font_matrix(context, &faceMatrix)
        cairo_glyph_path(context, label.glyphs, Int32(label.glyphs.count))
        cairo_fill(context)
        extents.pointee.x_advance = 0.5
        return cairo_status(context)
    }
}
