import Foundation

/// The words of a PDF with their boxes, as `pdftotext -bbox-layout` gives them (points, y down).
struct BoundingBoxText {
    struct Word {
        var xMin, yMin, xMax, yMax: Double
        var text: String

        var height: Double { yMax - yMin }
        var centre: (x: Double, y: Double) { ((xMin + xMax) / 2, (yMin + yMax) / 2) }
    }

    /// The words of each page.
    let pages: [[Word]]

    init(pdf: Data) throws {
        let file = try Fixtures.temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let xml = try ExternalTool.run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", file.path, "-"]).output
        pages = xml.components(separatedBy: "<page ").dropFirst().map(Self.words(onPage:))
    }

    private static func words(onPage page: String) -> [Word] {
        page.components(separatedBy: "<word ").dropFirst().map { word in
            func attribute(_ name: String) -> Double {
                let start = word.range(of: "\(name)=\"")!.upperBound
                return Double(word[start...].prefix { $0 != "\"" })!
            }
            let text = word[word.index(after: word.firstIndex(of: ">")!)...].prefix { $0 != "<" }
            return Word(xMin: attribute("xMin"), yMin: attribute("yMin"), xMax: attribute("xMax"),
                        yMax: attribute("yMax"), text: unescaped(String(text)))
        }
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// The characters of a PDF with the font each is drawn with, as `mutool draw -F stext` gives them.
struct DrawnCharacters {
    struct Drawn {
        var font: String
        var scalar: Unicode.Scalar
    }

    let characters: [Drawn]

    init(pdf: Data) throws {
        let file = try Fixtures.temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let xml = try ExternalTool.run("mutool", ["draw", "-q", "-F", "stext", "-o", "-", file.path]).output
        var font = "", found: [Drawn] = []
        for line in xml.split(separator: "\n") {
            if let name = Self.attribute("name", in: line), line.hasPrefix("<font ") { font = name }
            // mutool writes a variation selector as a lone surrogate: it has no glyph of its own.
            if line.hasPrefix("<char "), let code = Self.attribute("c", in: line), let scalar = Self.scalar(code) {
                found.append(Drawn(font: font, scalar: scalar))
            }
        }
        characters = found
    }

    /// The scalar of a `c` attribute: `&#x845b;`, an entity such as `&lt;`, or the character itself.
    private static func scalar(_ code: String) -> Unicode.Scalar? {
        if code.hasPrefix("&#x") { return UInt32(code.dropFirst(3).dropLast(), radix: 16).flatMap(Unicode.Scalar.init) }
        let entities = ["&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": "\"", "&apos;": "'"]
        return (entities[code] ?? code).unicodeScalars.first
    }

    private static func attribute(_ name: String, in line: Substring) -> String? {
        guard let start = line.range(of: " \(name)=\"")?.upperBound else { return nil }
        return String(line[start...].prefix { $0 != "\"" })
    }
}
