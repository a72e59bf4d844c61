/// The table directory of an sfnt font file (TrueType, OpenType or a collection) in memory, with a
/// way to rename tables so that readers of the file no longer find them.
///
/// Tags are renamed in place by upper-casing their first letter (`cmap` → `Cmap`): no registered
/// table has such a tag, the table's bytes stay where they were, and the file keeps its size.
struct FontTableDirectory {
    /// Where each table record starts, by tag.
    private(set) var records: [String: Int] = [:]
    private let bytes: UnsafeMutableRawBufferPointer

    /// The directory of face `index` of the file in `bytes`; nil when the bytes are not an sfnt file.
    init?(bytes: UnsafeMutableRawBufferPointer, faceIndex index: Int) {
        self.bytes = bytes
        var start = 0
        if Self.tag(bytes, at: 0) == "ttcf" {
            guard let count = Self.uint32(bytes, at: 8), index >= 0, index < Int(count),
                  let offset = Self.uint32(bytes, at: 12 + 4 * index) else { return nil }
            start = Int(offset)
        }
        guard let count = Self.uint16(bytes, at: start + 4), start + 12 + 16 * Int(count) <= bytes.count else { return nil }
        for table in 0..<Int(count) {
            let record = start + 12 + 16 * table
            if let tag = Self.tag(bytes, at: record) { records[tag] = record }
        }
    }

    /// Renames the tables `tags` that the face has; the others are left alone.
    mutating func hide(_ tags: [String]) {
        for tag in tags {
            guard let record = records.removeValue(forKey: tag) else { continue }
            let first = bytes[record]
            if (0x61...0x7A).contains(first) { bytes[record] = first - 0x20 }
            if let renamed = Self.tag(bytes, at: record) { records[renamed] = record }
        }
    }

    private static func tag(_ bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> String? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
    }

    private static func uint16(_ bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    private static func uint32(_ bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
