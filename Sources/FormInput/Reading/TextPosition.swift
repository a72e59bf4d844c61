/// A place in an input's text, line and column counted from 1 in Unicode scalars as libyaml counts them,
/// always inside the text (libyaml may point one line past its end).
struct TextPosition {
    let line: Int
    let column: Int
    /// The scalar at this place, nil at the end of a line.
    let scalar: Unicode.Scalar?

    /// The place at `line` and `column`, moved back to the end of the text when it lies beyond it.
    init(line: Int, column: Int, in text: String) {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if line > lines.count, let last = lines.last {
            self.line = lines.count
            self.column = last.count + 1
            scalar = nil
        } else {
            self.line = line
            self.column = column
            let characters = line >= 1 && line <= lines.count ? Array(lines[line - 1]) : []
            scalar = column >= 1 && column <= characters.count ? characters[column - 1] : nil
        }
    }

    /// The place of a UTF-8 byte offset.
    init(utf8Offset: Int, in text: String) {
        let before = String(decoding: text.utf8.prefix(utf8Offset), as: UTF8.self)
        let lines = before.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        self.init(line: lines.count, column: (lines.last?.count ?? 0) + 1, in: text)
    }
}
