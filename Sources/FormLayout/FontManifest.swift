import Foundation
import FormTemplates

/// `Fonts/fonts.yaml`: the font files by face id, and the families templates name.
public struct FontManifest: Decodable, Sendable, Equatable {
    /// One font file.
    public struct Face: Decodable, Sendable, Equatable {
        public var name: String
        public var file: String
        /// The face index inside a collection (`.ttc`); 0 when omitted.
        public var index: Int?
        /// The Debian package that installs the file.
        public var package: String
        /// The font's licence.
        public var licence: String
    }

    public var faces: [String: Face]
    /// Family name → face ids in fallback order.
    public var families: [String: [String]]

    /// Reads a manifest file.
    public static func load(_ url: URL) throws -> FontManifest {
        try DataFileDecoder.decode(FontManifest.self, from: String(contentsOf: url, encoding: .utf8), file: url.path)
    }
}
