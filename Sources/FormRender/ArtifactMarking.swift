/// Marks what a page draws outside its structure tree — rules, boxes, the 印 circle — as artifacts
/// (`/Artifact BMC … EMC`, ISO 32000-1, 14.8.2.2), so that a screen reader passes over them instead of
/// finding content that belongs to no element.
///
/// cairo 1.16 tags only structure elements (`cairo_tag_begin` refuses the name Artifact), so the
/// marking is done on the content stream cairo wrote: every run of operations outside any marked
/// content that paints (a path, text, an image) is enclosed, from its first operation that is not a
/// graphics-state save, restore or transformation to its last painting one.
enum ArtifactMarking {
    /// `content` with every painting outside marked content enclosed as an artifact.
    static func marked(_ content: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [], copied = content.startIndex
        var depth = 0, runStart: Int?, runEnd: Int?
        func closeRun() {
            if let start = runStart, let end = runEnd {
                output += content[copied..<start]
                output += Array("/Artifact BMC\n".utf8) + content[start..<end] + Array("\nEMC".utf8)
                copied = end
            }
            runStart = nil
            runEnd = nil
        }
        for operation in ContentOperations(content) {
            switch operation.name {
            case "BDC", "BMC":
                if depth == 0 { closeRun() }
                depth += 1
            case "EMC":
                depth = max(depth - 1, 0)
            default:
                guard depth == 0 else { continue }
                if runStart == nil, !keepsOutside.contains(operation.name) { runStart = operation.start }
                if paints.contains(operation.name) { runEnd = operation.end }
            }
        }
        closeRun()
        return output + content[copied...]
    }

    /// Operations that leave an artifact where they stand: saving, restoring and transforming the state.
    private static let keepsOutside: Set<String> = ["q", "Q", "cm"]
    /// Operations that paint (ISO 32000-1, tables 59, 77, 92, 107), and the end of a text object.
    private static let paints: Set<String> = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "EI",
                                              "Tj", "TJ", "'", "\"", "ET"]
}

/// The operations of a content stream in order: each operator's name, and where its operands begin
/// and the operator ends. Strings, hex strings, arrays and dictionaries are operands, so an `EMC` in a
/// string is never taken for an operator.
struct ContentOperations: Sequence, IteratorProtocol {
    struct Operation {
        let name: String
        let start: Int
        let end: Int
    }

    private let bytes: [UInt8]
    private var position: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func next() -> Operation? {
        var start: Int?
        while true {
            while position < bytes.endIndex, bytes[position].isPDFWhiteSpace { position += 1 }
            guard position < bytes.endIndex else { return nil }
            let tokenStart = position
            start = start ?? tokenStart
            switch bytes[position] {
            case UInt8(ascii: "("): skipString()
            case UInt8(ascii: "<"):
                if position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: "<") { position += 2 } else { skip(past: UInt8(ascii: ">")) }
            case UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): position += 1
            case UInt8(ascii: "%"): skip(past: 0x0A)
            case UInt8(ascii: "/"):
                position += 1
                skipRegular()
            default:
                skipRegular()
                let word = bytes[tokenStart..<position]
                if let first = word.first, !Self.startsNumber(first), !Self.keywords.contains(word) {
                    return Operation(name: String(decoding: word, as: UTF8.self), start: start ?? tokenStart, end: position)
                }
                if word.isEmpty { position += 1 }
            }
        }
    }

    private static func startsNumber(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }

    /// Moves past a literal string, its nested parentheses and escapes.
    private mutating func skipString() {
        var nesting = 0
        while position < bytes.endIndex {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): nesting += 1
            case UInt8(ascii: ")"):
                nesting -= 1
                if nesting == 0 {
                    position += 1
                    return
                }
            default: break
            }
            position += 1
        }
    }

    private mutating func skip(past byte: UInt8) {
        while position < bytes.endIndex, bytes[position] != byte { position += 1 }
        position = Swift.min(position + 1, bytes.endIndex)
    }

    /// Moves past the regular characters of a name, number or operator.
    private mutating func skipRegular() {
        while position < bytes.endIndex, !bytes[position].isPDFWhiteSpace, !Self.delimiters.contains(bytes[position]) { position += 1 }
    }

    private static let delimiters = Set("()<>[]{}/%".utf8)
    /// Words that are operands, not operators.
    private static let keywords: [ArraySlice<UInt8>] = ["true", "false", "null"].map { Array($0.utf8)[...] }
}
