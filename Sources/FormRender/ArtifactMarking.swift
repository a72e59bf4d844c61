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
            switch operation.kind {
            case .beginMarked:
                if depth == 0 { closeRun() }
                depth += 1
            case .endMarked:
                depth = max(depth - 1, 0)
            case .stateOnly, .paints, .other:
                guard depth == 0 else { continue }
                if runStart == nil, operation.kind != .stateOnly { runStart = operation.start }
                if operation.kind == .paints { runEnd = operation.end }
            }
        }
        closeRun()
        return output + content[copied...]
    }
}

/// The operations of a content stream in order: what each operator does, and where its operands begin
/// and the operator ends. Strings, hex strings, arrays and dictionaries are operands, so an `EMC` in a
/// string is never taken for an operator.
struct ContentOperations: Sequence, IteratorProtocol {
    struct Operation {
        let kind: Kind
        let start: Int
        let end: Int
    }

    /// What an operator does, as far as marking artifacts goes.
    enum Kind {
        /// `BDC`, `BMC`: marked content begins.
        case beginMarked
        /// `EMC`: it ends.
        case endMarked
        /// `q`, `Q`, `cm`: saving, restoring or transforming the state, which an artifact may leave out.
        case stateOnly
        /// Painting (ISO 32000-1, tables 59, 77, 92, 107: paths, shadings, images, text) or ending a text object.
        case paints
        case other

        /// The kind of the operator spelled by `name`, compared as bytes (a content stream has thousands).
        init(_ name: ArraySlice<UInt8>) {
            switch name.count {
            case 1:
                switch name.first {
                case UInt8(ascii: "q"), UInt8(ascii: "Q"): self = .stateOnly
                case UInt8(ascii: "S"), UInt8(ascii: "s"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "B"),
                     UInt8(ascii: "b"), UInt8(ascii: "'"), UInt8(ascii: "\""): self = .paints
                default: self = .other
                }
            case 2:
                let pair = (name.first!, name.last!)
                switch pair {
                case (UInt8(ascii: "c"), UInt8(ascii: "m")): self = .stateOnly
                case (UInt8(ascii: "f"), UInt8(ascii: "*")), (UInt8(ascii: "B"), UInt8(ascii: "*")), (UInt8(ascii: "b"), UInt8(ascii: "*")),
                     (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "D"), UInt8(ascii: "o")), (UInt8(ascii: "E"), UInt8(ascii: "I")),
                     (UInt8(ascii: "T"), UInt8(ascii: "j")), (UInt8(ascii: "T"), UInt8(ascii: "J")), (UInt8(ascii: "E"), UInt8(ascii: "T")):
                    self = .paints
                default: self = .other
                }
            case 3:
                if name.elementsEqual("EMC".utf8) { self = .endMarked }
                else if name.elementsEqual("BDC".utf8) || name.elementsEqual("BMC".utf8) { self = .beginMarked }
                else { self = .other }
            default: self = .other
            }
        }
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
                    return Operation(kind: Kind(word), start: start ?? tokenStart, end: position)
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
        while position < bytes.endIndex, !bytes[position].isPDFWhiteSpace, !Self.isDelimiter(bytes[position]) { position += 1 }
    }

    /// PDF's delimiters `()<>[]{}/%` (ISO 32000-1, 7.2.2).
    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }
    /// Words that are operands, not operators.
    private static let keywords: [ArraySlice<UInt8>] = ["true", "false", "null"].map { Array($0.utf8)[...] }
}
