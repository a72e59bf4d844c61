import Foundation
import TestSupport

/// Breaks batch inputs the way a hurried spreadsheet user or an attacker does: columns shifted by an
/// unquoted comma, stray quotes, blank or ditto notice cells, passwords moved into other fields, keys
/// of `password` misspelt or run into their values; then, now and then, the generic breakage of
/// `InputMutator`. Seeded, so every run feeds the same inputs.
struct BatchMutator {
    private var random: SeededRandom
    private var generic: InputMutator

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        generic = InputMutator(seed: seed &+ 1)
    }

    /// Misspellings of `password` as people type them.
    static let passwordKeys = ["pasword", "Password", "passwd", "pass", "pw", "パスワード", "passowrd", "password ", " password"]
    /// Keys a password may land in by mistake.
    static let otherKeys = ["mcsId", "name", "sex", "admin", "representative", "date", "decision"]

    /// `text` (a CSV, JSON Lines or YAML batch input) broken by one to three mutations.
    mutating func mutate(_ text: String, csv: Bool) -> Data {
        var text = text
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            if Int.random(in: 0..<6, using: &random) == 0 { return generic.mutate(text) }
            text = csv ? mutateCSV(text) : mutateRecords(text)
        }
        return Data(text.utf8)
    }

    private mutating func mutateCSV(_ text: String) -> String {
        var rows = text.components(separatedBy: "\n").map { $0.components(separatedBy: ",") }
        let row = Int.random(in: rows.indices, using: &random)
        guard !rows[row].isEmpty else { return text }
        let cell = Int.random(in: rows[row].indices, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0: rows[row][cell] += "," + rows[row][cell]  // an unquoted comma shifts the columns
        case 1: rows[row][cell] = "\"" + rows[row][cell]  // a stray quote
        case 2: rows[row].remove(at: cell)
        case 3: rows[row][cell] = ""
        case 4: rows[row][cell] = ["同上", "〃", "\""].randomElement(using: &random)!
        case 5 where rows[row].count > 1: rows[row].swapAt(cell, Int.random(in: rows[row].indices, using: &random))
        case 6: rows.insert(rows[row], at: row)
        case 7: rows[0] = rows[0].map { $0 == "password" ? Self.passwordKeys.randomElement(using: &random)! : $0 }
        default:
            let column = rows[0].firstIndex(of: "password") ?? 8
            if column < rows[row].count, cell < rows[row].count { rows[row][cell] = rows[row][column] }
        }
        return rows.map { $0.joined(separator: ",") }.joined(separator: "\n")
    }

    private mutating func mutateRecords(_ text: String) -> String {
        guard let range = text.range(of: #""password": "#) ?? text.range(of: "password: ") else { return text }
        let key = text[range].hasPrefix("\"") ? "\"password\": " : "password: "
        switch Int.random(in: 0..<5, using: &random) {
        case 0:  // a misspelt key
            let typo = Self.passwordKeys.randomElement(using: &random)!
            return text.replacingCharacters(in: range, with: key.hasPrefix("\"") ? "\"\(typo)\": " : "\(typo): ")
        case 1:  // the value run into its key
            let glue = [" ", "=", ":"].randomElement(using: &random)!
            let end = text[range.upperBound...].firstIndex(where: { $0 == "," || $0 == "}" }) ?? text.endIndex
            let value = text[range.upperBound..<end].filter { $0 != "\"" }
            let runIn = key.hasPrefix("\"") ? "\"password\(glue)\(value)\": null" : "password\(glue)\(value): ~"
            return text.replacingCharacters(in: range.lowerBound..<end, with: runIn)
        case 2, 3:  // the password moved into, or copied into, another field
            let end = text[range.upperBound...].firstIndex(where: { $0 == "," || $0 == "}" }) ?? text.endIndex
            let value = String(text[range.upperBound..<end])
            let other = Self.otherKeys.randomElement(using: &random)!
            let target = key.hasPrefix("\"") ? "\"\(other)\": " : "\(other): "
            guard let place = text.range(of: target) else { return text }
            let valueEnd = text[place.upperBound...].firstIndex(where: { $0 == "," || $0 == "}" || $0 == "\n" }) ?? text.endIndex
            var moved = text.replacingCharacters(in: place.upperBound..<valueEnd, with: value)
            if Int.random(in: 0..<2, using: &random) == 0, let again = moved.range(of: key + value) {
                moved.replaceSubrange(again, with: key + "null")
            }
            return moved
        default:  // a control character or a bidi override in a value
            let piece = ["\\u001b[31m", "\\u202e", "\\u0000", "\\n"].randomElement(using: &random)!
            guard let quote = text.range(of: "\"大崎") else { return text }
            return text.replacingCharacters(in: quote, with: "\"" + piece + "大崎")
        }
    }
}
