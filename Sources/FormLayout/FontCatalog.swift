import Foundation

/// The faces and fallback families of `Fonts/fonts.yaml`, opened for shaping.
///
/// A character is set in the first face of its family that has a glyph for it (for an IVS, the
/// first face that has the variant, else the first that has the base). The fonts are immutable
/// hb-ot fonts, which HarfBuzz allows to be shared between threads.
public final class FontCatalog: @unchecked Sendable {
    let faces: [String: FontFace]
    let families: [String: [FontFace]]

    /// Opens every face of the manifest at `manifestURL`.
    public convenience init(manifestURL: URL) throws {
        try self.init(manifest: FontManifest.load(manifestURL))
    }

    /// Opens every face of a decoded manifest.
    public init(manifest: FontManifest) throws(FontError) {
        var faces: [String: FontFace] = [:]
        for (id, entry) in manifest.faces.sorted(by: { $0.key < $1.key }) {
            faces[id] = try FontFace(id: id, file: FontFile(path: entry.file, index: entry.index ?? 0))
        }
        var families: [String: [FontFace]] = [:]
        for (name, ids) in manifest.families {
            families[name] = try ids.map { (id) throws(FontError) -> FontFace in
                guard let face = faces[id] else {
                    throw FontError(.unlistedFace(family: name, face: id))
                }
                return face
            }
        }
        self.faces = faces
        self.families = families
    }

    /// The font file of every face, by face id.
    public var fontFiles: [String: FontFile] {
        faces.mapValues(\.file)
    }

    /// Whether the face `id` has a glyph for every scalar of `character` (a variation selector
    /// the face lacks falls back to the base glyph): what a read-back check asks of a drawn face.
    public func hasGlyph(for character: Character, inFace id: String) -> Bool {
        faces[id]?.covers(character, strictVariants: false) ?? false
    }

    /// The face of `family` that sets `character`, or nil when no face of the family has it.
    func face(for character: Character, in family: [FontFace]) -> FontFace? {
        family.first { $0.covers(character, strictVariants: true) }
            ?? family.first { $0.covers(character, strictVariants: false) }
    }
}
