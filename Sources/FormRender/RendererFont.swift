import Core
import CCairo
import CFreeType
import FormLayout

/// A font file as the renderer hands it to cairo: a face in which `cmap` and `post` are hidden.
///
/// cairo 1.16 looks up the character of every glyph it embeds: it scans the face's `cmap` table,
/// then walks FreeType's charmap (which FreeType builds from `post` glyph names when there is no
/// `cmap`). With IPAex that is about 2 ms of a one-notice `render`, for a mapping cairo does not
/// need: the renderer passes every glyph with its text (cairo_show_text_glyphs) and cairo writes that
/// text to the PDF's ToUnicode map. The layout engine shapes with its own HarfBuzz faces over the
/// untouched file, so cairo setting this face's size (it does, for every PDF) never changes shaping.
///
/// The font also keeps a reference to every cairo scaled font drawn with it (one per size), and to the
/// one cairo's PDF font subsets use for its outlines (identity matrices, no hinting), so that cairo
/// never finalizes a scaled font while a document is finished outside `CairoTextLock`: finishing a
/// PDF surface releases the subsets' reference, and a release that reaches zero takes cairo's
/// font-map lock, against the lock order of a drawing beside it. They are released with the font,
/// under the lock.
final class RendererFont {
    /// The tables cairo would scan for each glyph's character.
    static let hiddenTables = ["cmap", "post"]

    let cairoFace: OpaquePointer
    private let mapped: MappedFace
    private var scaledFonts: Set<OpaquePointer> = []
    /// The scaled font cairo's PDF font subsets create for this face (`outlineFont`), held from the start.
    let outlineFont: OpaquePointer

    /// The key of cairo's user data that holds cairo's reference to the face; its address is its identity.
    private nonisolated(unsafe) static let faceKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

    init(library: FT_Library, file: FontFile) throws(RenderError) {
        let mapped = try MappedFace(library: library, file: file, hidden: Self.hiddenTables)
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(mapped.face, 0) else {
            throw RenderError(.fontUnusableByCairo(file: file.path))
        }
        let reference = Unmanaged.passRetained(mapped).toOpaque()
        let status = cairo_font_face_set_user_data(cairoFace, Self.faceKey, reference) { reference in
            if let reference { Unmanaged<MappedFace>.fromOpaque(reference).release() }
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            Unmanaged<MappedFace>.fromOpaque(reference).release()
            cairo_font_face_destroy(cairoFace)
            throw RenderError(.fontUnusableByCairo(file: file.path))
        }
        self.mapped = mapped
        self.cairoFace = cairoFace
        self.outlineFont = Self.outlineFont(of: cairoFace)
    }

    /// The scaled font with the key cairo 1.16's PDF font subsets give theirs
    /// (`_cairo_scaled_font_subsets_map_glyph`): identity font matrix and transformation, default
    /// options without hinting. cairo's font map returns this same object to them while it is held.
    static func outlineFont(of face: OpaquePointer) -> OpaquePointer {
        var identity = cairo_matrix_t()
        cairo_matrix_init_identity(&identity)
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        return cairo_scaled_font_create(face, &identity, &identity, options)
    }

    /// Keeps `scaledFont`, the one cairo draws this face with at one size, alive with this font.
    func hold(_ scaledFont: OpaquePointer) {
        if scaledFonts.insert(scaledFont).inserted { cairo_scaled_font_reference(scaledFont) }
    }

    deinit {
        CairoTextLock.exclusive {
            for font in scaledFonts { cairo_scaled_font_destroy(font) }
            cairo_scaled_font_destroy(outlineFont)
            cairo_font_face_destroy(cairoFace)
        }
    }
}
