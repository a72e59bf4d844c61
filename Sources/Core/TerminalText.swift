/// Text from an input made safe to show on a terminal or in a log line.
///
/// Input may carry characters that a terminal obeys instead of showing: control characters (ESC starts
/// colour and cursor sequences, NUL ends C strings, a line break splits one message into two) and the
/// bidirectional controls that reorder what is shown (U+202E makes `gpj.exe` read `exe.jpg`). Each is
/// written as its escape, `\u{1B}`, so the user sees that it is there and nothing acts on it.
public enum TerminalText {
    /// `text` with every character that a terminal would act on written as `\u{…}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isActive) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            if isActive(scalar) {
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Control characters (C0, DEL, C1), the bidirectional marks, embeddings, overrides and isolates,
    /// and the Unicode line and paragraph separators.
    static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029: true
        default: false
        }
    }
}
