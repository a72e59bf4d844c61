import Core
import FormInput
import Foundation

/// `Fonts/fonts.yaml`: the font files by face id, and the families templates name.
public struct FontManifest: Sendable, Equatable {
    /// One font file.
    public struct Face: Sendable, Equatable {
        public var name: String
        public var file: String
        /// The face index inside a collection (`.ttc`); 0 when omitted.
        public var index: Int?
        /// The Debian package that installs the file.
        public var package: String
        /// The font's licence.
        public var licence: String

        init?(reading face: MappingReader) {
            let name = face.requiredText("name"), file = face.requiredText("file")
            index = face.integer("index")
            let package = face.requiredText("package"), licence = face.requiredText("licence")
            guard let name, let file, let package, let licence else { return nil }
            (self.name, self.file, self.package, self.licence) = (name, file, package, licence)
        }
    }

    public var faces: [String: Face]
    /// Family name → face ids in fallback order.
    public var families: [String: [String]]
    /// Other typefaces a form may be set in (`--typeface ud`): typeface → family → face ids, replacing
    /// those families.
    public var typefaces: [String: [String: [String]]]

    init?(reading manifest: MappingReader) {
        var faces: [String: Face] = [:], families: [String: [String]] = [:]
        let faceEntries = manifest.required("faces")?.mapping { $0.entries } ?? []
        for entry in faceEntries {
            faces[entry.key] = entry.value.mapping(Face.init(reading:)) ?? nil
        }
        let familyEntries = manifest.required("families")?.mapping { $0.entries } ?? []
        for entry in familyEntries {
            families[entry.key] = entry.value.items { $0.text() }
        }
        var typefaces: [String: [String: [String]]] = [:]
        for typeface in manifest.optional("typefaces")?.mapping({ $0.entries }) ?? [] {
            typefaces[typeface.key] = Dictionary(uniqueKeysWithValues: (typeface.value.mapping { $0.entries } ?? []).map { family in
                (family.key, family.value.items { $0.text() })
            })
        }
        self.faces = faces
        self.families = families
        self.typefaces = typefaces
    }

    /// The manifest in `typeface` (nil: the standard one): its families replaced by the typeface's, and
    /// only the faces its families use, so that no other font file is opened or subset.
    public func set(in typeface: String?) throws(FontError) -> FontManifest {
        var resolved = self
        if let typeface {
            guard let families = typefaces[typeface] else {
                throw FontError(.unknownTypeface(typeface, known: typefaces.keys.sorted()))
            }
            resolved.families.merge(families) { _, replacing in replacing }
        }
        let used = Set(resolved.families.values.joined())
        resolved.faces = faces.filter { used.contains($0.key) }
        return resolved
    }

    /// Reads a manifest file; a problem names its line and key (`DiagnosticReport`).
    public static func load(_ url: URL) throws(DiagnosticReport) -> FontManifest {
        try TemplateFile.read(url) { FontManifest(reading: $0) }
    }
}
