import FormModels

extension ValueReader {
    /// A 別表 entry given by its number or its exact name; returns the number.
    ///
    /// A near miss or a common alias (看護士, ヘルパー) is reported with the right entry as a hint,
    /// never accepted in its place.
    func code(in table: CodeTable) -> Int? {
        guard let text = text() else { return nil }
        if Self.isNumber(text) {
            guard let entry = Int(text).flatMap(table.entry(number:)) else {
                report(.codeOutOfRange(shown(text), table: "\(table.label)の\(table.title)", count: table.entries.count))
                return nil
            }
            return entry.number
        }
        guard let entry = table.entry(named: text) else {
            report(.codeUnknownName(shown(text), table: "\(table.label)の\(table.title)",
                                    suggestion: table.suggestion(for: text).map { "\($0.number) \($0.name)" }))
            return nil
        }
        return entry.number
    }

    /// Whether `text` is written as a whole number (ASCII digits, optionally signed), however large.
    private static func isNumber(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
