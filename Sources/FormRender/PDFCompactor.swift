import Core
/// Rewrites cairo's PDF in the compact form of PDF 1.5: every object that is not a stream (the page,
/// font dictionaries and widths, the structure tree, the metadata) packed into one compressed object
/// stream, and the cross-reference table replaced by a compressed cross-reference stream
/// (ISO 32000-1, 7.5.7 and 7.5.8). Streams cairo compressed are copied byte for byte; those it left plain
/// (pages' content, maps of characters) are compressed here, a page's content after its artifacts are
/// marked (`ArtifactMarking`); nothing is drawn differently. The catalog gains the entries cairo 1.16 cannot write (`catalogEntries`: the language, viewer preferences),
/// and every figure of the structure tree its alternate text (`figureText`: the seal's 印).
///
/// cairo 1.16 writes each of its 60–100 small objects in the clear with a 20-byte table entry, about
/// 8 KB of a one-page notice's 55 KB. qpdf does the same rewriting (`--object-streams=generate`), but
/// as a library it costs 1.4 ms per notice, a quarter of the time the whole notice takes in a batch;
/// this rewriting of cairo's regular output costs well under a tenth of that (`make bench`).
enum PDFCompactor {
    static func compact(_ pdf: [UInt8], catalogEntries: String = "", figureText: String? = nil) throws(RenderError) -> [UInt8] {
        let table = try PDFObjectTable(pdf: pdf)
        guard table.header.starts(with: "%PDF-1."), let minor = table.header.dropFirst(7).first, minor >= UInt8(ascii: "5")
        else { throw RenderError(.cairoPDFTooOld) }
        var packed = table.objects.filter { !$0.isStream }.sorted { $0.number < $1.number }
        if !catalogEntries.isEmpty {
            guard let root = table.root, let index = packed.firstIndex(where: { $0.number == root }),
                  let extended = packed[index].dictionary(adding: catalogEntries)
            else { throw RenderError(.cairoPDFUnreadable(.catalog)) }
            packed[index] = extended
        }
        if let figureText {
            let alternate = "/Alt <FEFF" + figureText.utf16.map { Hexadecimal.text(UInt32($0), digits: 4) }.joined() + ">"
            for index in packed.indices where packed[index].value.firstRange(of: "/S /Figure") != nil {
                guard let extended = packed[index].dictionary(adding: alternate) else { throw RenderError(.cairoPDFUnreadable(.object(packed[index].number))) }
                packed[index] = extended
            }
        }
        let objectStream = table.size, crossReference = table.size + 1
        var output = Array(table.header)
        var entries = [CrossReferenceEntry](repeating: .free, count: crossReference + 1)
        let pageContents = Set(packed.compactMap(\.pageContents))
        let values = Dictionary(packed.map { ($0.number, $0.value) }, uniquingKeysWith: { first, _ in first })
        for object in table.objects where object.isStream {
            entries[object.number] = .inFile(offset: output.count)
            if let plain = object.unfilteredStream(length: { values[$0].flatMap { Array($0).number(at: 0)?.value } }) {
                let data = pageContents.contains(object.number) ? ArtifactMarking.marked(Array(plain.data)) : Array(plain.data)
                output += try stream(object.number, entries: plain.entries, content: data)
            } else {
                output += object.text
                output.append(0x0A)
            }
        }
        for (index, object) in packed.enumerated() {
            entries[object.number] = .inStream(objectStream, index: index)
        }
        entries[objectStream] = .inFile(offset: output.count)
        let (content, first) = objectStreamContent(packed)
        output += try stream(objectStream, entries: "/Type /ObjStm /N \(packed.count) /First \(first)", content: content)
        entries[crossReference] = .inFile(offset: output.count)
        let offsetWidth = CrossReferenceEntry.width(for: output.count)
        let rows = entries.flatMap { $0.bytes(offsetWidth: offsetWidth) }
        output += try stream(crossReference, entries: "/Type /XRef /Size \(crossReference + 1) /W [1 \(offsetWidth) 2] \(table.trailerEntries)",
                             content: rows)
        output += Array("startxref\n\(entries[crossReference].offset)\n%%EOF\n".utf8)
        return output
    }

    /// The object stream's content: pairs of object number and offset, then the objects' values; and
    /// where the first value starts (`/First`).
    private static func objectStreamContent(_ objects: [PDFObjectTable.Object]) -> (bytes: [UInt8], first: Int) {
        var values: [UInt8] = [], pairs: [String] = []
        for object in objects {
            pairs.append("\(object.number) \(values.count)")
            values += object.value
            values.append(0x0A)
        }
        let index = Array((pairs.joined(separator: " ") + "\n").utf8)
        return (index + values, index.count)
    }

    /// Object `number`: a stream of `content` compressed, its dictionary holding `entries`.
    private static func stream(_ number: Int, entries: String, content: [UInt8]) throws(RenderError) -> [UInt8] {
        let compressed = try Deflate.compress(content)
        return Array("\(number) 0 obj\n<< \(entries) /Filter /FlateDecode /Length \(compressed.count) >>\nstream\n".utf8)
            + compressed + Array("\nendstream\nendobj\n".utf8)
    }
}

/// One row of a cross-reference stream: type 0 (free), 1 (at an offset in the file) or 2 (in an object stream).
enum CrossReferenceEntry {
    case free
    case inFile(offset: Int)
    case inStream(Int, index: Int)

    var offset: Int {
        if case .inFile(let offset) = self { return offset }
        return 0
    }

    /// The bytes needed for offsets up to `largest`.
    static func width(for largest: Int) -> Int {
        var width = 1
        while largest >> (8 * width) > 0 { width += 1 }
        return width
    }

    /// The row with fields 1, `offsetWidth` and 2 bytes wide, big-endian.
    func bytes(offsetWidth: Int) -> [UInt8] {
        let (type, second, third): (UInt8, Int, Int) = switch self {
        case .free: (0, 0, 0xFFFF)
        case .inFile(let offset): (1, offset, 0)
        case .inStream(let stream, let index): (2, stream, index)
        }
        return [type] + (0..<offsetWidth).reversed().map { UInt8(truncatingIfNeeded: second >> (8 * $0)) }
            + [UInt8(truncatingIfNeeded: third >> 8), UInt8(truncatingIfNeeded: third)]
    }
}
