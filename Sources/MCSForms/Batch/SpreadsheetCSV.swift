import Foundation

/// CSV written for a spreadsheet (`passwords.csv`, `mailing.csv`): every cell quoted, quotes doubled,
/// lines ended with CR LF, and a cell that a spreadsheet would run as a formula neutralised with a
/// leading `'`, since its text comes from an input (OWASP's advice on CSV injection).
enum SpreadsheetCSV {
    /// The rows as CSV text.
    static func text(_ rows: [[String]]) -> String {
        rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One cell: quoted, with quotes doubled, and neutralised when a spreadsheet would run it.
    static func cell(_ text: String) -> String {
        let safe = text.first.map { formulaStarts.contains($0) } == true ? "'" + text : text
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell as written before `cell` neutralised it.
    static func unneutralised(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }

    /// The characters with which a spreadsheet cell starts a formula (OWASP's list of CSV injection).
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
}
