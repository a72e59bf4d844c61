import Core
import Foundation

/// The objects of a PDF written with a classic cross-reference table, as cairo writes it: the header,
/// each object's number and bytes, and the trailer's entries.
///
/// Reads only what cairo writes (objects of generation 0, one cross-reference section, no
/// incremental updates); anything else is reported as an error rather than guessed at.
struct PDFObjectTable {
    /// One indirect object: its number and its whole text, `N 0 obj` to `endobj`.
    struct Object {
        let number: Int
        let text: ArraySlice<UInt8>
        /// The object's value without `N 0 obj` and `endobj`, trimmed of white space.
        let value: ArraySlice<UInt8>
        /// Whether the object is a stream, which an object stream may not hold.
        var isStream: Bool { value.ends(with: "endstream") }

        /// The content stream of a page (`/Contents N 0 R`), when the object is a page (cairo writes
        /// each as `<< /Type /Page % N`).
        var pageContents: Int? {
            guard value.starts(with: "<< /Type /Page %"), let key = value.firstRange(of: "/Contents ") else { return nil }
            return Array(value[key.upperBound...].prefix(16)).number(at: 0)?.value
        }

        /// A stream written without a filter: its dictionary's entries other than `/Length`, and its
        /// data (`length(N)` gives the value of object N, for a length cairo writes after the stream).
        func unfilteredStream(length: (Int) -> Int?) -> (entries: String, data: ArraySlice<UInt8>)? {
            guard isStream, value.starts(with: "<<"), let keyword = value.firstRange(of: ">>\nstream\n") else { return nil }
            let dictionary = value[(value.startIndex + 2)..<keyword.lowerBound]
            guard dictionary.firstRange(of: "/Filter") == nil, let key = dictionary.firstRange(of: "/Length ") else { return nil }
            guard let declared = Array(dictionary[key.upperBound...].prefix(24)).number(at: 0) else { return nil }
            let digitsEnd = key.upperBound + declared.end
            let reference = dictionary[digitsEnd...].starts(with: " 0 R")
            guard let count = reference ? length(declared.value) : declared.value,
                  keyword.upperBound + count <= value.endIndex,
                  value[(keyword.upperBound + count)...].trimmed().elementsEqual("endstream".utf8)
            else { return nil }
            let entryEnd = reference ? digitsEnd + 4 : digitsEnd
            let entries = (dictionary[..<key.lowerBound] + dictionary[entryEnd...]).trimmed()
            return (String(decoding: entries, as: UTF8.self), value[keyword.upperBound..<(keyword.upperBound + count)])
        }

        /// The object, a dictionary, with `entries` added at its end; nil when it is not a dictionary.
        func dictionary(adding entries: String) -> Object? {
            guard value.starts(with: "<<"), value.ends(with: ">>") else { return nil }
            let extended = Array(value.dropLast(2)) + Array(" \(entries) >>".utf8)
            return Object(number: number, text: text, value: extended[...])
        }
    }

    /// The file's first bytes, up to the first object: the `%PDF-` version line and the binary-marker comment.
    let header: ArraySlice<UInt8>
    /// The objects in file order.
    let objects: [Object]
    /// The trailer's entries other than `/Size` (`/Root`, `/Info`, …), as written.
    let trailerEntries: String
    /// The trailer's `/Size`: one more than the highest object number.
    let size: Int

    /// The number of the catalog object (`/Root N 0 R`).
    var root: Int? {
        guard let range = trailerEntries.range(of: "/Root ") else { return nil }
        return Int(trailerEntries[range.upperBound...].prefix { $0.isNumber })
    }

    init(pdf bytes: [UInt8]) throws(RenderError) {
        guard let startxref = bytes.lastRange(of: "startxref"),
              let xref = bytes.number(at: bytes.skippingSpace(from: startxref.upperBound))?.value,
              bytes.indices.contains(xref), bytes[xref...].starts(with: "xref")
        else { throw Self.unreadable(.crossReferenceMissing) }
        var offsets: [(number: Int, offset: Int)] = []
        var position = bytes.skippingSpace(from: xref + 4)
        // Sections `first count`, then `count` entries of 20 bytes: `0000012345 00000 n \n`.
        while let first = bytes.number(at: position), let count = bytes.number(at: first.end + 1) {
            position = bytes.skippingSpace(from: count.end)
            guard position + 20 * count.value <= bytes.count else { throw Self.unreadable(.crossReferenceCut) }
            for (number, entry) in zip(first.value..., stride(from: position, to: position + 20 * count.value, by: 20))
            where bytes[entry + 17] == UInt8(ascii: "n") {
                guard let offset = bytes.number(at: entry)?.value, bytes[(entry + 11)..<(entry + 16)].allSatisfy({ $0 == 0x30 }),
                      offset < xref
                else { throw Self.unreadable(.crossReferenceEntry) }
                offsets.append((number, offset))
            }
            position += 20 * count.value
        }
        guard bytes[position...].starts(with: "trailer") else { throw Self.unreadable(.trailerMissing) }
        let trailer = position..<position + 7
        offsets.sort { $0.offset < $1.offset }
        guard let firstOffset = offsets.first?.offset else { throw Self.unreadable(.noObjects) }
        header = bytes[..<firstOffset]
        let ends = offsets.dropFirst().map(\.offset) + [xref]
        objects = try zip(offsets, ends).map { (entry, end) throws(RenderError) in
            try Self.object(entry.number, in: bytes[entry.offset..<end])
        }
        let dictionary = bytes[trailer.upperBound..<startxref.lowerBound]
        guard let open = dictionary.firstRange(of: "<<"), let close = dictionary.lastRange(of: ">>")
        else { throw Self.unreadable(.trailer) }
        // cairo writes one entry per line: `/Size 72`, `/Root 71 0 R`, `/Info 70 0 R`.
        let entries = dictionary[open.upperBound..<close.lowerBound].split(whereSeparator: { $0 == 0x0A || $0 == 0x0D })
            .map { String(decoding: $0.trimmed(), as: UTF8.self) }.filter { !$0.isEmpty }
        guard let sizeEntry = entries.first(where: { $0.hasPrefix("/Size ") }),
              let size = Int(sizeEntry.dropFirst(6).drop(while: { $0 == " " }))
        else { throw Self.unreadable(.trailerSize) }
        guard objects.allSatisfy({ $0.number > 0 && $0.number < size }) else { throw Self.unreadable(.objectOutsideSize) }
        self.size = size
        trailerEntries = entries.filter { $0 != sizeEntry }.joined(separator: " ")
    }

    /// The object `number` from its bytes up to the next object (or the cross-reference table).
    private static func object(_ number: Int, in text: ArraySlice<UInt8>) throws(RenderError) -> Object {
        let opening = Array("\(number) 0 obj".utf8)
        guard text.starts(with: opening), let end = text.lastRange(of: "endobj") else {
            throw unreadable(.object(number))
        }
        let value = text[(text.startIndex + opening.count)..<end.lowerBound].trimmed()
        return Object(number: number, text: text[..<end.upperBound], value: value)
    }

    private static func unreadable(_ part: Problem.PDFPart) -> RenderError {
        RenderError(.cairoPDFUnreadable(part))
    }
}

extension ArraySlice<UInt8> {
    /// The slice without PDF white space at either end.
    func trimmed() -> ArraySlice<UInt8> {
        guard let first = firstIndex(where: { !$0.isPDFWhiteSpace }), let last = lastIndex(where: { !$0.isPDFWhiteSpace })
        else { return [] }
        return self[first...last]
    }

    func ends(with text: String) -> Bool { reversed().starts(with: text.utf8.reversed()) }

    func starts(with text: String) -> Bool { starts(with: text.utf8) }

    /// Where `text` first occurs, found with `memchr` and `memcmp` (the compactor looks through every
    /// object of every PDF, and comparing slices byte by byte cost a notice a hundredth of its time).
    func firstRange(of text: String) -> Range<Int>? {
        let pattern = Array(text.utf8)
        guard let first = pattern.first, count >= pattern.count else { return nil }
        return withUnsafeBytes { haystack -> Range<Int>? in
            guard let base = haystack.baseAddress else { return nil }
            var offset = 0
            while offset + pattern.count <= haystack.count,
                  let found = memchr(base + offset, Int32(first), haystack.count - pattern.count + 1 - offset) {
                let at = base.distance(to: UnsafeRawPointer(found))
                if memcmp(base + at, pattern, pattern.count) == 0 { return (startIndex + at)..<(startIndex + at + pattern.count) }
                offset = at + 1
            }
            return nil
        }
    }

    func lastRange(of text: String) -> Range<Int>? {
        let pattern = Array(text.utf8)
        guard count >= pattern.count else { return nil }
        for start in stride(from: endIndex - pattern.count, through: startIndex, by: -1)
        where self[start..<start + pattern.count].elementsEqual(pattern) {
            return start..<start + pattern.count
        }
        return nil
    }
}

extension Array<UInt8> {
    func lastRange(of text: String) -> Range<Int>? { self[...].lastRange(of: text) }

    /// The first index from `index` on that is not PDF white space.
    func skippingSpace(from index: Int) -> Int {
        self[Swift.min(index, count)...].firstIndex { !$0.isPDFWhiteSpace } ?? count
    }

    /// The unsigned decimal number at `index` and where its digits end.
    func number(at index: Int) -> (value: Int, end: Int)? {
        guard index < count else { return nil }
        let digits = self[index...].prefix { (0x30...0x39).contains($0) }
        guard !digits.isEmpty, digits.count < 16 else { return nil }
        return (digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }, digits.endIndex)
    }
}

extension UInt8 {
    /// Whether the byte is one of PDF's six white-space characters (ISO 32000-1, 7.2.2).
    var isPDFWhiteSpace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 || self == 0x0C || self == 0x00 }
}
