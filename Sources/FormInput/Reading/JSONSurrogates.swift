import Core

/// JSON's way of writing a character beyond the BMP, made readable to the YAML parser.
///
/// JSON writes 𠮷 (U+20BB7) as the UTF-16 pair `"\ud842\udfb7"`, as Python's `json.dumps` and many other
/// writers do by default; YAML has `\U00020BB7` for it and libyaml refuses each half of the pair as an
/// invalid character. In a JSON text, each escaped pair inside a string is rewritten as the one YAML
/// escape, and the two characters saved are put back as spaces after the string's closing quote,
/// where JSON and YAML ignore them, so every later line and column stay where they were in the file.
/// A lone half of a pair is left as written, and the parser refuses it.
package enum JSONSurrogates {
    /// `text` with every escaped surrogate pair of its strings joined, when it is a JSON text (its first
    /// character after spaces is `{` or `[`); any other text unchanged.
    package static func joined(_ text: String) -> String {
        guard text.first(where: { !$0.isWhitespace }).map({ $0 == "{" || $0 == "[" }) == true, hasUnicodeEscape(text) else { return text }
        let input = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var inString = false, saved = 0, index = 0
        while index < input.count {
            let scalar = input[index]
            if !inString {
                output.append(scalar)
                inString = scalar == "\""
                index += 1
                continue
            }
            if scalar == "\"" {
                output.append(scalar)
                output.append(contentsOf: String(repeating: " ", count: saved).unicodeScalars)
                inString = false
                saved = 0
                index += 1
            } else if scalar == "\\", let pair = pair(in: input, at: index) {
                output.append(contentsOf: "\\U\(Hexadecimal.text(pair, digits: 8))".unicodeScalars)
                saved += 2
                index += 12
            } else if scalar == "\\", index + 1 < input.count {
                output.append(scalar)
                output.append(input[index + 1])
                index += 2
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// Whether `text` holds `\u` or `\U`, looked for in its UTF-8 (a batch's input is megabytes, and most
    /// hold no escape at all).
    private static func hasUnicodeEscape(_ text: String) -> Bool {
        var afterBackslash = false
        for byte in text.utf8 {
            if afterBackslash, byte == UInt8(ascii: "u") || byte == UInt8(ascii: "U") { return true }
            afterBackslash = byte == UInt8(ascii: "\\") && !afterBackslash
        }
        return false
    }

    /// The character of the escaped pair `\uD8xx\uDCxx` starting at `index`, if there is one.
    private static func pair(in input: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard let high = escape(in: input, at: index), (0xD800...0xDBFF).contains(high),
              let low = escape(in: input, at: index + 6), (0xDC00...0xDFFF).contains(low) else { return nil }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }

    /// The code of the escape `\uXXXX` at `index`.
    private static func escape(in input: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard index + 6 <= input.count, input[index] == "\\", input[index + 1] == "u" else { return nil }
        var value: UInt32 = 0
        for scalar in input[(index + 2)..<(index + 6)] {
            guard let digit = Character(scalar).hexDigitValue, scalar.isASCII else { return nil }
            value = value << 4 + UInt32(digit)
        }
        return value
    }
}
