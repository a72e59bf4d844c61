import Core

/// One line of running text as composed: its glyphs, the points after each character
/// (spacing, justification or shrinking) and how far an opening bracket at its start moves left.
struct ComposedLine {
    var text: ShapedText
    var extraAfter: [Double]
    var startTrim: Double
    /// The narrowest the line may be set in points: wider than the measure only for a unit that
    /// cannot be broken.
    var minimumWidth: Double
}

extension Typesetter {
    /// Breaks `shaped` into lines `firstWidth` then `width` points wide at `size` by the kinsoku
    /// rules, and justifies each line but the last (JLReq 3.8), which stays flush left unless it
    /// took characters in and must shrink. Running text in paragraphs and wrapped fields alike:
    /// opening brackets flush at line starts (JLReq 3.1.5), a quarter em 和欧間 (3.2.2).
    func compose(
        _ shaped: ShapedText, size: Points, firstWidth: Points, width: Points, font: String, path: FieldPath?
    ) -> [ComposedLine] {
        // Shaping each line again reports nothing new: the whole text was shaped (and reported) first.
        let key = TypesetMemory.LinesKey(
            family: font, text: String(shaped.characters), size: size.value, firstWidth: firstWidth.value, width: width.value)
        return memory.lines.value(for: key) {
            breakLines(shaped, size: size.value, firstWidth: firstWidth.value, width: width.value, font: font, path: path)
        }
    }

    private func breakLines(
        _ shaped: ShapedText, size: Double, firstWidth: Double, width: Double, font: String, path: FieldPath?
    ) -> [ComposedLine] {
        let breaker = LineBreaker(
            characters: shaped.characters, advances: shaped.advances.map { $0 * size },
            spacing: Spacing(shaped.characters, em: size, latinGap: true))
        let ranges = breaker.lines(firstWidth: firstWidth, width: width)
        return ranges.enumerated().compactMap { index, range in
            let content = breaker.trimmedEnd(range)
            guard let line = shape(String(shaped.characters[content]), font: font, path: path) else { return nil }
            let available = index == 0 ? firstWidth : width
            let natural = breaker.width(of: content)
            let isLast = index == ranges.count - 1
            return ComposedLine(
                text: line, extraAfter: breaker.extras(of: content, justifiedTo: isLast && natural <= available + 0.001 ? nil : available),
                startTrim: breaker.startTrim(of: content), minimumWidth: natural - breaker.shrinkable(in: content))
        }
    }
}

extension Typesetter {
    /// Places composed lines as a block in `box`, lines `pitch` points apart, each starting at the
    /// box's left edge (less its start trim).
    func place(_ lines: [ComposedLine], size: Points, in box: Box, valign: VerticalAlignment, pitch: Points, path: FieldPath?) -> [TextRun] {
        let top = Self.blockTop(lines: lines.count, size: size, pitch: pitch, in: box, valign: valign)
        let size = size.value, pitch = pitch.value
        return lines.enumerated().flatMap { index, line in
            GlyphPlacer.runs(
                line.text, size: size, x: box.x.value - line.startTrim, baseline: top + Double(index) * pitch + line.text.ascent * size,
                extraAfter: line.extraAfter, path: path)
        }
    }

    /// The top of a block of `lines` lines aligned vertically in `box`.
    static func blockTop(lines: Int, size: Points, pitch: Points, in box: Box, valign: VerticalAlignment) -> Double {
        let blockHeight = Double(max(lines, 1) - 1) * pitch.value + size.value
        switch valign {
        case .top: return box.y.value
        case .middle: return box.y.value + (box.height.value - blockHeight) / 2
        case .bottom: return box.y.value + box.height.value - blockHeight
        }
    }
}
