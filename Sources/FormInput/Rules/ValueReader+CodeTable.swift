import FormModels

extension ValueReader {
    /// A 別表 entry given by its number or its exact name; returns the number.
    ///
    /// A near miss or a common alias (看護士, ヘルパー) is reported with the right entry as a hint,
    /// never accepted in its place.
    func code(in table: CodeTable) -> Int? {
        guard let text = text() else { return nil }
        if let number = Int(text) {
            guard let entry = table.entry(number: number) else {
                report(Wording.codeOutOfRange(text, table: table))
                return nil
            }
            return entry.number
        }
        guard let entry = table.entry(named: text) else {
            report(Wording.codeUnknownName(text, table: table), hint: table.suggestion(for: text).map(Wording.codeSuggestion))
            return nil
        }
        return entry.number
    }
}
