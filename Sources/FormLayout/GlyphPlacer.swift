import Core

/// Turns a shaped line into text runs at absolute positions, one run per segment.
enum GlyphPlacer {
    /// Places `shaped` at `size` points with its pen starting at `x` on `baseline`.
    ///
    /// `extraAfter[i]` points are added after character `i` (justification, 均等割付); `scale`
    /// condenses the glyphs horizontally (長体).
    static func runs(
        _ shaped: ShapedText, size: Double, scale: Double = 1, x: Double, baseline: Double,
        extraAfter: [Double] = [], path: FieldPath?
    ) -> [TextRun] {
        let width = size * scale
        var shift = [Double](repeating: 0, count: shaped.characters.count + 1)
        for index in shaped.characters.indices {
            let extra = index < extraAfter.count ? extraAfter[index] : 0
            shift[index + 1] = shift[index] + extra
        }
        var pen = x
        var runs: [TextRun] = []
        for segment in shaped.segments {
            var glyphs: [PositionedGlyph] = []
            var origin: Point?
            for glyph in segment.glyphs {
                let glyphX = pen + glyph.offsetX * width + shift[glyph.character]
                origin = origin ?? Point(x: pen + shift[glyph.character], y: baseline)
                glyphs.append(PositionedGlyph(
                    id: glyph.id, position: Point(x: glyphX, y: baseline - glyph.offsetY * size),
                    advance: glyph.advance * width))
                pen += glyph.advance * width
            }
            runs.append(TextRun(
                face: segment.face.id, size: size, horizontalScale: scale, ascent: shaped.ascent,
                origin: origin ?? Point(x: pen, y: baseline), glyphs: glyphs, text: segment.text,
                clusters: clusters(segment), path: path))
        }
        return runs
    }

    /// The glyph ↔ byte clusters of a segment, as `cairo_show_text_glyphs` wants them (LTR).
    static func clusters(_ segment: ShapedSegment) -> [TextCluster] {
        let glyphs = segment.glyphs
        let byteCount = segment.text.utf8.count
        var clusters: [TextCluster] = []
        var index = 0
        while index < glyphs.count {
            let start = glyphs[index].cluster
            var next = index + 1
            while next < glyphs.count, glyphs[next].cluster == start { next += 1 }
            let end = next < glyphs.count ? glyphs[next].cluster : byteCount
            clusters.append(TextCluster(byteCount: end - start, glyphCount: next - index))
            index = next
        }
        return clusters
    }
}
