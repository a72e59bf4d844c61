import Foundation

/// The text of a PDF as `pdftotext -raw` gives it back, and a comparison that ignores how lines
/// were broken and spaced (ASCII spaces, U+3000 and line breaks are left out on both sides).
struct PDFText {
    let raw: String

    /// The text of the whole document, or of one page (1-based).
    init(pdf: Data, page: Int? = nil) throws {
        let file = try Fixtures.temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        let result = try ExternalTool.run("pdftotext", pages + ["-raw", "-enc", "UTF-8", file.path, "-"])
        raw = result.output
    }

    /// Whether `text` appears, compared scalar by scalar (so U+FA10 never matches U+585A).
    func contains(_ text: String) -> Bool {
        Self.squeezed(raw).containsScalars(Self.squeezed(text))
    }

    static func squeezed(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{3000}" }
        return kept.map { String($0) }.joined()
    }
}

extension String {
    /// Scalar-exact containment: `String.contains` would treat U+FA10 and U+585A as equal.
    func containsScalars(_ other: String) -> Bool {
        let haystack = Array(unicodeScalars)
        let needle = Array(other.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
