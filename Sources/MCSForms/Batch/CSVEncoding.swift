import Core
import Foundation

/// The text of a CSV file as an office saves it: UTF-8 (Excel's 「CSV UTF-8」, with a byte order mark, or
/// any editor's), or Shift_JIS (CP932: Excel's 「CSV（コンマ区切り）」), told apart by the bytes alone.
///
/// A file whose bytes are neither is refused, naming its first line that is not in the encoding the rest
/// of the file is in, so that whoever saved it can find the character. A line of Japanese in Shift_JIS is
/// never valid UTF-8 (its lead bytes are UTF-8's continuation bytes, or its trail bytes are ASCII), so a
/// file with one multi-byte line that reads as UTF-8 is UTF-8, and its other lines are never read as
/// Shift_JIS mojibake. Lines are cut at the line-feed byte, which no character of either encoding contains.
enum CSVEncoding {
    /// The file's text without its byte order mark, or the problem of its first undecodable line.
    static func text(of data: Data) -> Result<String, Diagnostic> {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(data: bytes, encoding: .utf8) { return .success(text) }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let isUTF8 = { (line: Data) in String(data: line, encoding: .utf8) != nil }
        let looksUTF8 = lines.contains { line in line.contains { $0 >= 0x80 } && isUTF8(line) }
        if !looksUTF8, let text = String(data: bytes, encoding: .shiftJIS) { return .success(text) }
        let bad = lines.firstIndex { line in looksUTF8 ? !isUTF8(line) : String(data: line, encoding: .shiftJIS) == nil }
        return .failure(Diagnostic(path: .root, problem: .csvUndecodable, line: (bad ?? 0) + 1, column: 1))
    }
}
