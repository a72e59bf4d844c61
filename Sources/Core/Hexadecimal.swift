/// Upper-case hexadecimal text of a number, with leading zeros to a width: a JSON escape `\UXXXXXXXX`,
/// a PDF string of UTF-16 units `<FEFF…>`. Written here rather than with Foundation's
/// `String(format: "%04X")`, which costs a PDF more than the rest of its catalogue's rewriting
/// (docs/performance.md, "Start-up").
public enum Hexadecimal {
    /// `value` in upper-case hexadecimal, padded with zeros to `digits`.
    public static func text(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
