import Foundation

/// Breaks example inputs the way people and programs do: keys deleted or misspelt, values of the wrong type,
/// random Unicode, truncated files, random bytes. Seeded, so every run feeds the same inputs.
public struct InputMutator {
    private var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// Values of the wrong type or shape for almost any key.
    static let wrongValues = ["[1, 2]", "{ a: 1 }", "true", "-1", "99999999999999999999", "null", "\"\"", "2026-02-30",
                              "1.5", "!!binary aGVsbG8=", "*nope", "&a [*a]", "'", "\"\\u0000\"", "0x1F", "[]", "{}", "~"]

    /// Scalars from the ranges that break naive code: controls, marks, BOM, line separators, astral planes.
    static let oddScalars: [ClosedRange<UInt32>] = [0x00...0x1F, 0x7F...0xA0, 0x300...0x36F, 0x3000...0x30FF,
                                                     0x4E00...0x4E20, 0xFEFF...0xFEFF, 0x2028...0x2029, 0xFF01...0xFF5E,
                                                     0x1F600...0x1F64F, 0x20000...0x20010, 0xE000...0xE010]

    /// `text` broken by one to three mutations.
    public mutating func mutate(_ text: String) -> Data {
        var text = text
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            switch Int.random(in: 0..<8, using: &random) {
            case let edit where edit < 4: text = editLine(edit, of: text)
            case 4: text = insert(randomUnicode(), into: text)
            case 5: text = String(text.prefix(Int.random(in: 0...text.count, using: &random)))
            case 6: return flipBytes(in: Data(text.utf8))
            default: return Data((0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            }
        }
        return Data(text.utf8)
    }

    /// Deletes a random line, misspells its key, gives it a wrong value or doubles it.
    private mutating func editLine(_ edit: Int, of text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let index = Int.random(in: lines.indices, using: &random)
        let line = lines[index]
        switch edit {
        case 0: lines[index] = ""
        case 1: lines[index] = misspellKey(in: line)
        case 2: lines[index] = replaceValue(in: line)
        default: lines[index] = line + "\n" + line
        }
        return lines.joined(separator: "\n")
    }

    /// Drops, doubles or swaps a letter of the line's first key.
    private mutating func misspellKey(in line: String) -> String {
        var characters = Array(line)
        let letters = characters.indices.filter { characters[$0].isLetter && characters[$0].isASCII }
        guard let index = letters.randomElement(using: &random) else { return line }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: characters.remove(at: index)
        case 1: characters.insert(characters[index], at: index)
        default: if index + 1 < characters.count { characters.swapAt(index, index + 1) }
        }
        return String(characters)
    }

    /// Replaces what follows the line's first `: ` with a wrong value.
    private mutating func replaceValue(in line: String) -> String {
        let value = Self.wrongValues.randomElement(using: &random) ?? ""
        guard let colon = line.range(of: ": ") else { return line + " " + value }
        return line[..<colon.upperBound] + value
    }

    private mutating func randomUnicode() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let range = Self.oddScalars.randomElement(using: &random) ?? 0x41...0x5A
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    private mutating func insert(_ piece: String, into text: String) -> String {
        let offset = Int.random(in: 0...text.count, using: &random)
        let index = text.index(text.startIndex, offsetBy: offset)
        return String(text[..<index]) + piece + String(text[index...])
    }

    private mutating func flipBytes(in data: Data) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            bytes[Int.random(in: bytes.indices, using: &random)] = UInt8.random(in: 0...255, using: &random)
        }
        return Data(bytes)
    }
}

/// A small seeded generator (PCG-XSH-RR, 64-bit state).
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    }

    public mutating func next() -> UInt64 {
        UInt64(next32()) << 32 | UInt64(next32())
    }

    private mutating func next32() -> UInt32 {
        let old = state
        state = old &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let shifted = UInt32(truncatingIfNeeded: ((old >> 18) ^ old) >> 27)
        return shifted.rotateRight(by: UInt32(old >> 59))
    }
}

private extension UInt32 {
    func rotateRight(by amount: UInt32) -> UInt32 {
        (self >> amount) | (self << ((32 &- amount) & 31))
    }
}
