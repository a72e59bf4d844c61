import FormLayout

/// The characters of an input that only a fallback face has, for `validate`: they print, but in
/// another typeface than the text around them, which staff may want to know before mailing.
///
/// `patient.name: 𠮷 は IPAmj明朝 で印刷されます（本文の書体にない文字）`
public struct FallbackReport: Sendable {
    public var lines: [String]

    /// `faceNames` maps face ids (`ipamjm`) to the names people know (`IPAmj明朝`).
    public init(document: LaidOutDocument, faceNames: [String: String]) {
        var seen: Set<String> = []
        lines = document.fallbacks.compactMap { fallback in
            let face = faceNames[fallback.face] ?? fallback.face
            let line = "\(fallback.path): \(fallback.character) は \(face) で印刷されます（本文の書体にない文字）"
            return seen.insert(line).inserted ? line : nil
        }
    }
}
