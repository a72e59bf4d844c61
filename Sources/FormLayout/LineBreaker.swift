/// Breaks a line of characters to a width by the kinsoku rules and justifies the full lines.
///
/// Widths are in points and include the spacing between characters and the trimmed start of a
/// line. A break is taken at the last legal position that fits (追い出し: a character that may
/// not start a line takes the one before it down with it; an opening bracket that may not end a
/// line goes down), unless the line can give up enough space to take in the one or two
/// characters that may not start the next line (追い込み, JLReq 3.8.2, which prefers it). A unit
/// wider than the line overflows rather than split.
struct LineBreaker {
    var characters: [Character]
    var advances: [Double]
    var spacing: Spacing
    /// Whether an opening bracket at the start of a line is set flush (paragraphs; not fields).
    var trimsLineStarts: Bool
    /// Break positions inside units that are never broken (dates).
    private let protected: Set<Int>

    init(characters: [Character], advances: [Double], spacing: Spacing, trimsLineStarts: Bool = true) {
        self.characters = characters
        self.advances = advances
        self.spacing = spacing
        self.trimsLineStarts = trimsLineStarts
        self.protected = Kinsoku.protectedBreaks(in: characters)
    }

    /// The character ranges of the lines: the first line `firstWidth` wide, the others `width`.
    func lines(firstWidth: Double, width: Double) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            let available = lines.isEmpty ? firstWidth : width
            var end = start + 1
            while end < characters.count, self.width(of: start..<end + 1) <= available + 0.001 {
                end += 1
            }
            if end == characters.count, self.width(of: start..<end) <= available + 0.001 {
                lines.append(start..<end)
                break
            }
            let breakAt = pushIn(from: start, at: end, available: available) ?? legalBreak(from: start, near: end)
            lines.append(start..<breakAt)
            start = nextStart(after: breakAt)
        }
        return avoidingWidow(lines, firstWidth: firstWidth, width: width)
    }

    /// Where the line after a break at `index` starts: spaces at a break vanish (JLReq 3.1.6).
    private func nextStart(after index: Int) -> Int {
        var start = index
        while start < characters.count, Kinsoku.isBlank(characters[start]) { start += 1 }
        return start
    }

    /// The lines without a last line of fewer than four characters after a full one (a widow such
    /// as 「ます。」): the previous line takes them in if its shrinkable space covers them (JLReq 3.8.2
    /// prefers reducing), else gives up as many of its last breakable units as make the last line four
    /// characters long (追い出し).
    private func avoidingWidow(_ lines: [Range<Int>], firstWidth: Double, width: Double) -> [Range<Int>] {
        guard lines.count > 1, let last = lines.last, trimmedEnd(last).count < Self.shortestLastLine else { return lines }
        let previous = lines[lines.count - 2]
        guard previous.count >= Self.widowMinimumLine else { return lines }
        let room = lines.count == 2 ? firstWidth : width
        let merged = previous.lowerBound..<last.upperBound
        if self.width(of: merged) - room <= shrinkable(in: merged) + 0.001 {
            return lines.dropLast(2) + [merged]
        }
        var breakAt = previous.upperBound - 1
        while breakAt > previous.lowerBound + 1,
              !canBreak(before: breakAt) || trimmedEnd(nextStart(after: breakAt)..<last.upperBound).count < Self.shortestLastLine {
            breakAt -= 1
        }
        guard breakAt > previous.lowerBound + 1, self.width(of: nextStart(after: breakAt)..<last.upperBound) <= width + 0.001
        else { return lines }
        return lines.dropLast(2) + [previous.lowerBound..<breakAt, nextStart(after: breakAt)..<last.upperBound]
    }

    /// The fewest characters a paragraph's last line holds where the paragraph allows it.
    static let shortestLastLine = 4

    /// The shortest previous line (in characters) that gets widow control: in a narrower measure
    /// (a cell, JLReq's 10 em examples) moving a character down would loosen the line visibly.
    static let widowMinimumLine = 16

    /// The end of a line that takes in the characters at `end` that may not start a line, when
    /// there are at most two of them and the line's shrinkable space covers the overflow.
    private func pushIn(from start: Int, at end: Int, available: Double) -> Int? {
        var chainEnd = end
        while chainEnd < characters.count, chainEnd - end < 3, !canBreak(before: chainEnd) { chainEnd += 1 }
        guard chainEnd > end, chainEnd - end <= 2,
              let first = characters[end].unicodeScalars.first, Kinsoku.notAtLineStart.contains(first),
              chainEnd == characters.count || canBreak(before: chainEnd)
        else { return nil }
        let overflow = width(of: start..<chainEnd) - available
        return overflow <= shrinkable(in: start..<chainEnd) + 0.001 ? chainEnd : nil
    }

    /// The space the inner gaps of `line` may give up.
    func shrinkable(in line: Range<Int>) -> Double {
        line.dropLast().reduce(0) { $0 + spacing.shrink[$1] }
    }

    /// The set width of `line`: advances, inner spacing, less the trims at its two edges (the
    /// half em after a line-end 」、。 is removed, JLReq 3.1.9).
    func width(of line: Range<Int>) -> Double {
        guard !line.isEmpty else { return 0 }
        let content = trimmedEnd(line)
        guard !content.isEmpty else { return 0 }
        var total = content.reduce(0) { $0 + advances[$1] }
        total += content.dropLast().reduce(0) { $0 + spacing.between[$1] }
        return total - startTrim(of: content) - spacing.endTrim[content.upperBound - 1]
    }

    /// How far the line's first glyph moves left (an opening bracket set flush).
    func startTrim(of line: Range<Int>) -> Double {
        guard !line.isEmpty, trimsLineStarts else { return 0 }
        return spacing.startTrim[line.lowerBound]
    }

    /// The points after each character of `line`: the spacing, plus, when `justifiedTo` is given,
    /// an even share of the room left over at the gaps where a break would be legal (JLReq 3.8.4:
    /// no space is added inside words and numbers, after 「 or before 。、」), or, for a line that
    /// took characters in, the overflow taken from its shrinkable gaps in proportion.
    func extras(of line: Range<Int>, justifiedTo width: Double?) -> [Double] {
        var extra = line.map { $0 < line.upperBound - 1 ? spacing.between[$0] : 0 }
        guard let width, line.count > 1 else { return extra }
        let room = width - self.width(of: line)
        let shrinkable = self.shrinkable(in: line)
        if room < 0, shrinkable > 0 {
            for index in line.dropLast() { extra[index - line.lowerBound] += room * spacing.shrink[index] / shrinkable }
            return extra
        }
        var gaps = (line.lowerBound + 1..<line.upperBound).filter(canBreak(before:))
        if gaps.isEmpty { gaps = Array(line.lowerBound + 1..<line.upperBound) }
        for gap in gaps { extra[gap - 1 - line.lowerBound] += room / Double(gaps.count) }
        return extra
    }

    /// The line without trailing spaces (ASCII or U+3000).
    func trimmedEnd(_ line: Range<Int>) -> Range<Int> {
        var end = line.upperBound
        while end > line.lowerBound, Kinsoku.isBlank(characters[end - 1]) { end -= 1 }
        return line.lowerBound..<end
    }

    /// Whether the line may break before character `index`.
    func canBreak(before index: Int) -> Bool {
        index > 0 && index < characters.count && !protected.contains(index)
            && Kinsoku.canBreak(between: characters[index - 1], and: characters[index])
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
