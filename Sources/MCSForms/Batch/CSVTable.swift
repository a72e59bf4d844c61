/// The rows of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks), each cell
/// with its line and column so that problems point at it.
struct CSVTable {
    /// One cell's text and where it starts.
    struct Cell {
        var text: String
        var place: TextPlace
    }

    var rows: [[Cell]] = []

    init(_ text: String) {
        var row: [Cell] = [], cell = "", quoted = false, line = 1, column = 1
        var start = TextPlace(line: 1, column: 1)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endCell() { row.append(Cell(text: cell, place: start)); cell = "" }
        while let scalar = pending {
            pending = scalars.next()
            column += 1
            if quoted {
                if scalar == "\"", pending == "\"" { cell.unicodeScalars.append("\""); pending = scalars.next(); column += 1 }
                else if scalar == "\"" { quoted = false }
                else { cell.unicodeScalars.append(scalar) }
                if scalar == "\n" { line += 1; column = 1 }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty: quoted = true
            case ",":
                endCell()
                start = TextPlace(line: line, column: column)
            case "\r" where pending == "\n": continue
            case "\n", "\r":
                endCell()
                if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
                row = []
                line += 1
                column = 1
                start = TextPlace(line: line, column: 1)
            default: cell.unicodeScalars.append(scalar)
            }
        }
        endCell()
        if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
    }
}
