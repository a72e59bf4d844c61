import CCairo
import CFreeType
@testable import FormRender
import Testing

/// A PDF is finished outside `CairoTextLock` only because no scaled font reaches its last release
/// there: cairo's font subsets must take the very outline font the renderer holds.
@Suite struct RendererFontTests {
    @Test func pdfSubsetsShareTheOutlineFontTheRendererHolds() throws {
        var opened: FT_Library?
        #expect(FT_Init_FreeType(&opened) == 0)
        let font = try RendererFont(library: try #require(opened), file: testFonts.fontFiles["ipaexm"]!)
        let discard: cairo_write_func_t = { _, _, _ in CAIRO_STATUS_SUCCESS }
        let surface = try #require(cairo_pdf_surface_create_for_stream(discard, nil, 595, 842))
        defer { cairo_surface_destroy(surface) }
        CairoTextLock.exclusive {
            let context = cairo_create(surface)!
            cairo_set_font_face(context, font.cairoFace)
            cairo_set_font_size(context, 10.5)
            var glyph = cairo_glyph_t(index: 100, x: 50, y: 50)
            cairo_show_glyphs(context, &glyph, 1)
            cairo_show_page(context)
            cairo_destroy(context)
        }
        // Finishing releases the subsets' reference: when their font is the one held, its count drops
        // by one (to the renderer's, plus cairo's most-recently-used slot), never to zero.
        let beforeFinishing = cairo_scaled_font_get_reference_count(font.outlineFont)
        cairo_surface_finish(surface)
        #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
        #expect(cairo_scaled_font_get_reference_count(font.outlineFont) == beforeFinishing - 1)
        #expect(beforeFinishing - 1 >= 1)
    }
}
