/// Upper-case hexadecimal text of a number, with leading zeros to a width: a JSON escape `\UXXXXXXXX`,
/// a PDF string of UTF-16 units `<FEFF…>`. Written here rather than with Foundation's
/// `String(format: "%04X")`, whose first call in a process looks up its arguments' `CVarArg`
/// conformances among all of the binary's: about a million instructions of a cold render
/// (docs/performance.md, "Start-up").
public enum Hexadecimal {
    /// `value` in upper-case hexadecimal, padded with zeros to `digits`.
    public static func text(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
