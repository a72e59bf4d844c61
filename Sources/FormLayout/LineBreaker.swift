/// Breaks a line of characters to a width by the kinsoku rules and justifies the full lines.
///
/// Widths are in points. A break is taken at the last legal position that fits (追い出し: a
/// character that may not start a line takes the one before it down with it, an opening bracket
/// that may not end a line goes down). A unit wider than the line overflows rather than split.
struct LineBreaker {
    var characters: [Character]
    var advances: [Double]

    /// The character ranges of the lines: the first line `firstWidth` wide, the others `width`.
    func lines(firstWidth: Double, width: Double) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            let available = lines.isEmpty ? firstWidth : width
            var end = start, used = 0.0
            while end < characters.count, used + advances[end] <= available + 0.001 {
                used += advances[end]
                end += 1
            }
            if end == characters.count {
                lines.append(start..<end)
                break
            }
            let breakAt = legalBreak(from: start, near: max(end, start + 1))
            lines.append(start..<breakAt)
            start = breakAt
            while start < characters.count, characters[start] == " " { start += 1 }
        }
        return lines
    }

    /// The extra points after each character of `line` that make it exactly `width` wide,
    /// spread evenly over the gaps where a break would be legal (JLReq 3.8.4: no space is added
    /// inside words, numbers, or before 。、」).
    func justification(of line: Range<Int>, width: Double) -> [Double] {
        var extra = [Double](repeating: 0, count: line.count)
        let content = trimmedEnd(line)
        guard content.count > 1 else { return extra }
        let natural = content.reduce(0) { $0 + advances[$1] }
        var gaps = (content.lowerBound + 1..<content.upperBound).filter(canBreak(before:))
        if gaps.isEmpty { gaps = Array(content.lowerBound + 1..<content.upperBound) }
        let share = (width - natural) / Double(gaps.count)
        for gap in gaps { extra[gap - 1 - line.lowerBound] = share }
        return extra
    }

    /// The line without trailing spaces.
    func trimmedEnd(_ line: Range<Int>) -> Range<Int> {
        var end = line.upperBound
        while end > line.lowerBound, characters[end - 1] == " " { end -= 1 }
        return line.lowerBound..<end
    }

    /// Whether the line may break before character `index`.
    func canBreak(before index: Int) -> Bool {
        index > 0 && index < characters.count && Kinsoku.canBreak(between: characters[index - 1], and: characters[index])
    }

    /// The last legal break at or before `end`, else the first one after it, else the end of text.
    private func legalBreak(from start: Int, near end: Int) -> Int {
        var candidate = end
        while candidate > start, !canBreak(before: candidate) { candidate -= 1 }
        if candidate > start { return candidate }
        candidate = end
        while candidate < characters.count, !canBreak(before: candidate) { candidate += 1 }
        return candidate
    }
}
