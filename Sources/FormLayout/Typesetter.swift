import Core

/// Sets text for one page: shapes it in a family, places lines in boxes, and records problems.
final class Typesetter {
    private let fonts: FontCatalog
    private let shaper: Shaper
    let memory: TypesetMemory
    private(set) var diagnostics: [Diagnostic] = []
    /// How each bound value was fitted.
    private(set) var fits: [FieldFit] = []
    /// Characters of bound values set in a fallback face.
    private(set) var fallbacks: [FallbackCharacter] = []

    init(fonts: FontCatalog, memory: TypesetMemory) {
        self.fonts = fonts
        self.shaper = Shaper(fonts: fonts)
        self.memory = memory
    }

    /// Records a problem found while laying out.
    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records how a bound value was fitted.
    func record(_ fit: FieldFit) {
        fits.append(fit)
    }

    /// Shapes `text` in the family `font`; a missing family or character is reported against `path`.
    func shape(_ text: String, font: String, path: FieldPath?) -> ShapedText? {
        guard let family = fonts.families[font], !family.isEmpty else {
            report(LayoutMessages.unknownFamily(font, path: path ?? .root))
            return nil
        }
        let shaped = memory.shapes.value(for: .init(family: font, text: text)) { shaper.shape(text, family: family) }
        for character in shaped.missing {
            report(LayoutMessages.missingGlyph(character, in: text, path: path ?? .root))
        }
        if let path {
            for segment in shaped.segments where segment.face !== family[0] {
                fallbacks += segment.text.map { FallbackCharacter(path: path, character: String($0), face: segment.face.id) }
            }
        }
        return shaped
    }

    /// Places lines of text as a block in `box`: each line aligned, the block aligned vertically,
    /// lines `pitch` points apart (baseline to baseline). `distribute` spreads a line over the width
    /// (均等割付); `scale` condenses the glyphs (長体).
    func place(
        _ lines: [ShapedText], size: Points, scale: Double = 1, in box: Box, align: HorizontalAlignment,
        valign: VerticalAlignment, pitch: Points, distribute: Bool = false, path: FieldPath?
    ) -> [TextRun] {
        let top = Self.blockTop(lines: lines.count, size: size, pitch: pitch, in: box, valign: valign)
        let size = size.value, pitch = pitch.value
        return lines.enumerated().flatMap { index, line in
            let baseline = top + Double(index) * pitch + line.ascent * size
            return placeLine(
                line, size: size, scale: scale, in: box, align: align, baseline: baseline, distribute: distribute, path: path)
        }
    }

    private func placeLine(
        _ line: ShapedText, size: Double, scale: Double, in box: Box, align: HorizontalAlignment, baseline: Double,
        distribute: Bool, path: FieldPath?
    ) -> [TextRun] {
        var extra = line.between.map { $0 * (size * scale) }
        let width = line.width * size * scale + extra.reduce(0, +)
        let count = line.characters.count
        let gaps = (1..<max(count, 1)).filter { Kinsoku.canBreak(between: line.characters[$0 - 1], and: line.characters[$0]) }
        let (left, room) = (box.x.value, box.width.value)
        if distribute, !gaps.isEmpty, width < room {
            // 均等割付 (JLReq 3.7.3): equal gaps between blocks; Latin words and numbers stay solid.
            let gap = (room - width) / Double(gaps.count)
            for index in gaps { extra[index - 1] += gap }
            return GlyphPlacer.runs(line, size: size, scale: scale, x: left, baseline: baseline, extraAfter: extra, path: path)
                .map { run in
                    var spread = run
                    spread.isSpread = true
                    return spread
                }
        }
        let x: Double
        switch align {
        case .left: x = left
        case .center: x = left + (room - width) / 2
        case .right: x = left + room - width
        }
        return GlyphPlacer.runs(line, size: size, scale: scale, x: x, baseline: baseline, extraAfter: extra, path: path)
    }
}
