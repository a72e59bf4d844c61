import Core
import FormTemplates

extension Typesetter {
    /// Sets running text in `box.width` from `box.y` down, justified except each last line, and
    /// returns its height in points: lines × `lineHeight` × size.
    ///
    /// A `\n` in the text starts a new paragraph, whose first line again takes `firstIndent`;
    /// `firstIndent` and `indent` are in ems. Japanese and Latin text are a quarter em apart.
    func paragraph(
        _ text: String, style: TextStyle, box: Box, lineHeight: Double, firstIndent: Double, indent: Double,
        path: FieldPath?
    ) -> (runs: [TextRun], height: Double) {
        let size = style.size
        let pitch = lineHeight * size
        var runs: [TextRun] = []
        var lineCount = 0
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard !part.isEmpty, let shaped = shape(String(part), font: style.font, path: path) else {
                lineCount += 1
                continue
            }
            let breaker = LineBreaker(
                characters: shaped.characters, advances: shaped.advances.map { $0 * size },
                spacing: Spacing(shaped.characters, em: size, latinGap: true))
            let firstWidth = box.width - firstIndent * size, otherWidth = box.width - indent * size
            let lines = breaker.lines(firstWidth: firstWidth, width: otherWidth)
            for (index, range) in lines.enumerated() {
                let isFirst = index == 0
                let content = breaker.trimmedEnd(range)
                guard let line = shape(String(shaped.characters[content]), font: style.font, path: path) else { continue }
                let available = isFirst ? firstWidth : otherWidth
                let isLast = index == lines.count - 1
                // The last line stays flush left unless it took characters in and must shrink.
                let justified = isLast && breaker.width(of: content) <= available + 0.001 ? nil : available
                let extra = breaker.extras(of: content, justifiedTo: justified)
                let baseline = box.y + Double(lineCount) * pitch + (pitch - size) / 2 + line.ascent * size
                let x = box.x + (isFirst ? firstIndent : indent) * size - breaker.startTrim(of: content)
                runs += GlyphPlacer.runs(line, size: size, x: x, baseline: baseline, extraAfter: extra, path: path)
                lineCount += 1
            }
        }
        return (runs, Double(lineCount) * pitch)
    }
}
