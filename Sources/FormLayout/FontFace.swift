import Core
import CHarfBuzz

/// One font file opened for shaping: an hb-ot font (no FreeType state, so it is thread-safe and
/// immune to the renderer resizing its own faces) at a scale of one unit per font unit.
final class FontFace {
    let id: String
    let file: FontFile
    let font: OpaquePointer
    /// Units per em.
    let unitsPerEm: Double
    /// The part of the em box above the baseline, as a fraction of the em (0.88 for IPAex).
    let ascent: Double

    init(id: String, file: FontFile) throws(FontError) {
        guard let blob = hb_blob_create_from_file(file.path), hb_blob_get_length(blob) > 0 else {
            throw FontError(.fontFileUnopenable(file: file.path, face: id))
        }
        let face = hb_face_create(blob, UInt32(file.index))
        hb_blob_destroy(blob)
        let upem = hb_face_get_upem(face)
        guard let font = hb_font_create(face), upem > 0, hb_face_get_glyph_count(face) > 0 else {
            hb_face_destroy(face)
            throw FontError(.fontFileUnreadable(file: file.path, face: id))
        }
        hb_face_destroy(face)
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        hb_font_make_immutable(font)
        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        let height = Double(extents.ascender - extents.descender)
        guard height > 0 else {
            hb_font_destroy(font)
            throw FontError(.fontWithoutLineMetrics(file: file.path, face: id))
        }
        self.id = id
        self.file = file
        self.font = font
        self.unitsPerEm = Double(upem)
        self.ascent = Double(extents.ascender) / height
    }

    deinit { hb_font_destroy(font) }

    /// Whether the face draws the grapheme cluster: every scalar has a glyph, and a variation
    /// selector is honoured only when `strictVariants` (else the base glyph is enough).
    func covers(_ character: Character, strictVariants: Bool) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in character.unicodeScalars {
            var glyph: hb_codepoint_t = 0
            if let base = previous, Self.isVariationSelector(scalar) {
                if strictVariants, hb_font_get_variation_glyph(font, base.value, scalar.value, &glyph) == 0 {
                    return false
                }
            } else if hb_font_get_nominal_glyph(font, scalar.value, &glyph) == 0 || glyph == 0 {
                return false
            }
            previous = scalar
        }
        return true
    }

    /// Variation selectors VS1–16 and VS17–256 (IVS).
    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }
}

/// A font that cannot be loaded, as a problem of the catalogue.
public struct FontError: Error, CustomStringConvertible, Sendable {
    public var problem: Problem

    public init(_ problem: Problem) {
        self.problem = problem
    }

    public var description: String { ProblemWording.message(problem) }
}
