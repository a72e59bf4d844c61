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
        self.faces = faces
        self.families = families
    }

    /// Reads a manifest file; a problem names its line and key (`DiagnosticReport`).
    public static func load(_ url: URL) throws(DiagnosticReport) -> FontManifest {
        try TemplateFile.read(url) { FontManifest(reading: $0) }
    }
}
