import Core

extension Typesetter {
    /// Sets running text in `box.width` from `box.y` down, justified except each last line, and
    /// returns its height in points: lines × `lineHeight` × size.
    ///
    /// A `\n` in the text starts a new paragraph, whose first line again takes `firstIndent`;
    /// `firstIndent` and `indent` are in ems. Japanese and Latin text are a quarter em apart.
    func paragraph(
        _ text: String, style: TextStyle, box: Box, lineHeight: Double, firstIndent: Ems, indent: Ems,
        path: FieldPath?
    ) -> (runs: [TextRun], height: Points) {
        let size = style.size.value
        let pitch = lineHeight * size
        var runs: [TextRun] = []
        var lineCount = 0
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard !part.isEmpty, let shaped = shape(String(part), font: style.font, path: path) else {
                lineCount += 1
                continue
            }
            let lines = compose(
                shaped, size: style.size, firstWidth: box.width - firstIndent.at(style.size), width: box.width - indent.at(style.size),
                font: style.font, path: path)
            for (index, line) in lines.enumerated() {
                let baseline = box.y.value + Double(lineCount) * pitch + (pitch - size) / 2 + line.text.ascent * size
                let x = box.x.value + (index == 0 ? firstIndent : indent).at(style.size).value - line.startTrim
                runs += GlyphPlacer.runs(line.text, size: size, x: x, baseline: baseline, extraAfter: line.extraAfter, path: path)
                lineCount += 1
            }
        }
        return (runs, Points(Double(lineCount) * pitch))
    }
}
