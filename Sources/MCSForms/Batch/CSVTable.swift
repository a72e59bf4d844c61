/// The rows of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks), each cell
/// with its line and column so that problems point at it.
///
/// A quote that opens a cell and never closes swallows the rest of the file into that cell; it is
/// reported (`unclosedQuote`) rather than read as data.
struct CSVTable {
    /// One cell's text and where it starts.
    struct Cell {
        var text: String
        var place: TextPlace
    }

    /// One row and the line it starts on.
    struct Row {
        var line: Int
        var cells: [Cell]
    }

    var rows: [Row] = []
    /// Where a quoted cell opened that was never closed.
    var unclosedQuote: TextPlace?

    init(_ text: String) {
        var row: [Cell] = [], cell = "", quoted = false, line = 1, column = 1, rowLine = 1
        var start = TextPlace(line: 1, column: 1)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endCell() { row.append(Cell(text: cell, place: start)); cell = "" }
        func endRow() {
            endCell()
            if row.contains(where: { !$0.text.isEmpty }) { rows.append(Row(line: rowLine, cells: row)) }
            row = []
        }
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
                endRow()
                line += 1
                column = 1
                rowLine = line
                start = TextPlace(line: line, column: 1)
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if quoted { unclosedQuote = start }
        endRow()
    }

    /// Every line of `text` split at every comma, quotes and spaces around a cell dropped: the cells a
    /// line holds whatever a stray quote did to the rows, so that a password swallowed into another
    /// cell is still known.
    static func plainCells(of text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { cell in
                let isPadding: (Character) -> Bool = { $0 == "\"" || $0 == " " }
                return String(cell.drop(while: isPadding).reversed().drop(while: isPadding).reversed())
            }
        }
    }
}
