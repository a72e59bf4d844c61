import CCairo
import CFreeType
import FormLayout

/// A FreeType face opened by the renderer and handed to cairo.
///
/// The layout engine shapes with its own hb-ot fonts, so cairo may resize this face freely
/// (stack notes, pitfall #1). cairo does not reference the FT_Face; it is given one reference of
/// its own, released by the font face's destroy callback whenever cairo drops it from its cache.
final class RendererFont {
    private let face: FT_Face
    let cairoFace: OpaquePointer

    /// The key of cairo's user data that holds the face reference; its address is its identity.
    private nonisolated(unsafe) static let faceKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

    init(library: FT_Library, file: FontFile) throws(RenderError) {
        var opened: FT_Face?
        guard FT_New_Face(library, file.path, FT_Long(file.index), &opened) == 0, let face = opened else {
            throw RenderError("字体ファイルを開けません: \(file.path)")
        }
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0) else {
            FT_Done_Face(face)
            throw RenderError("cairo が字体を使えません: \(file.path)")
        }
        FT_Reference_Face(face)
        let status = cairo_font_face_set_user_data(cairoFace, Self.faceKey, UnsafeMutableRawPointer(face)) { pointer in
            if let pointer { FT_Done_Face(pointer.assumingMemoryBound(to: FT_FaceRec_.self)) }
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            FT_Done_Face(face)
            cairo_font_face_destroy(cairoFace)
            FT_Done_Face(face)
            throw RenderError("cairo が字体を使えません: \(file.path)")
        }
        self.face = face
        self.cairoFace = cairoFace
    }

    deinit {
        cairo_font_face_destroy(cairoFace)
        FT_Done_Face(face)
    }
}
