import Core
import CCairo
import CFreeType
import Foundation
import FormLayout

/// Draws laid-out documents as PDF (fonts embedded as subsets, text searchable) and pages as PNG.
///
/// Each renderer owns one FreeType library and the faces it opens from it; use one renderer per
/// task (it is not Sendable). The library is never closed: cairo keeps faces in its own cache and
/// releases them later, so closing it would pull the faces from under cairo.
public final class PDFRenderer {
    private let library: FT_Library
    private var fonts: [FontFile: RendererFont] = [:]

    public init() throws(RenderError) {
        Self.leaveContentUncompressed
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { throw RenderError(.freeTypeUnavailable) }
        self.library = library
    }

    /// Asks cairo to write pages' content, ToUnicode maps and Type 3 glyphs without compressing them,
    /// so that `PDFCompactor` can mark the pages' artifacts before it compresses them itself (the same
    /// compression, done there instead of in cairo). cairo 1.16 has no setting for this but the switch it reads when a PDF surface
    /// is created, `CAIRO_DEBUG_PDF`; it is set once, before this process's first PDF surface (every
    /// surface is made by a renderer, after this), and leaves font files compressed.
    private static let leaveContentUncompressed: Void = { setenv("CAIRO_DEBUG_PDF", "1", 1) }()

    /// The PDF of every page, tagged (Document, headings, paragraphs, tables) for reading order,
    /// with Title, Subject, Author, Creator `mcs-forms`, and `creationDate`
    /// (ISO 8601, e.g. `2026-11-24T09:00:00+09:00`) so the same input gives the same bytes.
    /// Written by cairo, then compacted (`PDFCompactor`), its catalog saying what cairo cannot: the
    /// language (`ja`), that viewers show the title, and that they print at actual size (a form's boxes
    /// are sized for handwriting; "fit to page" would shrink them); `duplex` asks for both sides, flipped
    /// on the long edge (the batch's print file). The seal, the only figure of a form, reads as 印.
    public func pdf(_ document: LaidOutDocument, creationDate: String, duplex: Bool = false) throws(RenderError) -> Data {
        let preferences = "/DisplayDocTitle true /PrintScaling /None" + (duplex ? " /Duplex /DuplexFlipLongEdge" : "")
        return Data(try PDFCompactor.compact(try cairoPDF(document, creationDate: creationDate),
                                             catalogEntries: "/Lang (ja) /ViewerPreferences << \(preferences) >>", figureText: "印"))
    }

    /// The PDF as cairo writes it. The pages are drawn under `CairoTextLock`; the surface is finished
    /// (fonts subset, streams compressed) outside it, side by side with other documents: finishing a
    /// surface looks no glyph up in cairo's cache, and every scaled font it releases (those drawn with
    /// and the subsets' outline fonts) is still held by its `RendererFont`, so none is finalized there.
    /// A document with spread labels is finished under the lock: writing their Type 3 font looks their
    /// glyphs up (`SpreadLabelFont`).
    func cairoPDF(_ document: LaidOutDocument, creationDate: String) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        let first = document.pages.first
        guard let surface = cairo_pdf_surface_create_for_stream(
            ByteSink.write, sink.closure, first?.width ?? 595.276, first?.height ?? 841.89)
        else { throw RenderError(.pdfNotCreated) }
        defer { cairo_surface_destroy(surface) }
        setMetadata(of: surface, document: document, creationDate: creationDate)
        let spreadLabels = try SpreadLabelFont.forLabels(on: document.pages)
        var drawingFailure: RenderError?
        do throws(RenderError) {
            try CairoTextLock.exclusive { () throws(RenderError) in try drawPages(of: document, on: surface, spreadLabels: spreadLabels) }
        } catch {
            drawingFailure = error
        }
        // Finished here even when drawing failed, so that a surface with spread labels is never finished
        // outside the lock by its release.
        if let spreadLabels {
            CairoTextLock.exclusive {
                cairo_surface_finish(surface)
                spreadLabels.release()
            }
        } else {
            cairo_surface_finish(surface)
        }
        if let drawingFailure { throw drawingFailure }
        try check(cairo_surface_status(surface))
        return sink.bytes  // the sink stays alive until here, past the last write in finish
    }

    private func drawPages(of document: LaidOutDocument, on surface: OpaquePointer, spreadLabels: SpreadLabelFont?) throws(RenderError) {
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        for (index, page) in document.pages.enumerated() {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            if index == 0 { cairo_tag_begin(context, "Document", "") }
            try drawer(context, document, spreadLabels: spreadLabels).draw(page)
            if index == document.pages.count - 1 { cairo_tag_end(context, "Document") }
            cairo_show_page(context)
        }
        try check(cairo_status(context))
    }

    /// One page as a PNG at `dpi` dots per inch, on a white background.
    public func png(_ document: LaidOutDocument, page index: Int, dpi: Double) throws(RenderError) -> Data {
        try CairoTextLock.exclusive { () throws(RenderError) in try drawPNG(document, page: index, dpi: dpi) }
    }

    private func drawPNG(_ document: LaidOutDocument, page index: Int, dpi: Double) throws(RenderError) -> Data {
        guard document.pages.indices.contains(index) else { throw RenderError(.noSuchPage(index + 1)) }
        let page = document.pages[index]
        let scale = dpi / 72
        let width = Int32((page.width * scale).rounded()), height = Int32((page.height * scale).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        let spreadLabels = try SpreadLabelFont.forLabels(on: [page])
        defer { spreadLabels?.release() }
        try drawer(context, document, spreadLabels: spreadLabels).draw(page)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        try check(cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.closure))
        return sink.data
    }

    private func drawer(_ context: OpaquePointer, _ document: LaidOutDocument, spreadLabels: SpreadLabelFont?) -> PageDrawer {
        PageDrawer(context: context, fonts: { (face) throws(RenderError) -> RendererFont in
            guard let file = document.fontFiles[face] else { throw RenderError(.unknownFaceFile(face)) }
            return try self.font(file)
        }, spreadLabels: spreadLabels)
    }

    private func font(_ file: FontFile) throws(RenderError) -> RendererFont {
        if let font = fonts[file] { return font }
        let font = try RendererFont(library: library, file: file)
        fonts[file] = font
        return font
    }

    private func setMetadata(of surface: OpaquePointer, document: LaidOutDocument, creationDate: String) {
        let entries: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, document.title), (CAIRO_PDF_METADATA_SUBJECT, document.subject),
            (CAIRO_PDF_METADATA_AUTHOR, document.author), (CAIRO_PDF_METADATA_CREATOR, "mcs-forms"),
            (CAIRO_PDF_METADATA_CREATE_DATE, creationDate),
        ]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
    }

    private func check(_ status: cairo_status_t) throws(RenderError) {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(.drawingFailed(String(cString: cairo_status_to_string(status))))
        }
    }
}
