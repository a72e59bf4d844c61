import Core

extension PageComposer {
    /// A value with its reading (furigana) set above it in the same cell, as group ruby (JLReq 3.3).
    ///
    /// The ruby is half the value's size or smaller and touches the value's em box from above
    /// (3.3.4); reading and value are centred in the cell as one block, and the value is set below
    /// a band of half its size under the cell's top (plus a small gap), so the ruby never reaches
    /// the row above. When value and
    /// reading have the same number of parts separated by spaces (family and given name), each
    /// part's reading stands over its own part; otherwise the whole reading stands over the whole
    /// value. A reading shorter than its base is spread 1:2:1 (3.3.6); a longer one is centred,
    /// condensed or shrunk to the room between its neighbours.
    /// The runs are tagged Ruby > RB (the value) and RT (the reading), in that order.
    func withFurigana(
        _ kana: String, value: String, style: TextStyle, box: Box, wrap: Bool, lineHeight: Double,
        kanaPath: FieldPath, valuePath: FieldPath
    ) -> [TextRun] {
        let reserve = Self.rubyClearance + style.size / 2
        let valueBox = Box(x: box.x, y: box.y + reserve, width: box.width, height: box.height - reserve)
        let valueRuns = typesetter.field(value, style: style, box: valueBox, wrap: wrap, lineHeight: lineHeight,
                                         path: valuePath)
        guard let first = valueRuns.first, let baseline = valueRuns.map(\.origin.y).min() else { return [] }
        let fitted = Points(first.size)
        var rubyStyle = style
        rubyStyle.size = fitted / 2
        rubyStyle.minSize = min(fitted / 2, 4)
        rubyStyle.align = .center
        let baseTop = baseline - first.ascent * fitted.value
        let rubyTop = baseTop - rubyStyle.size.value
        let bases = Self.parts(of: valueRuns)
        let readings = Self.split(kana)
        let pairs = bases.count == readings.count ? Array(zip(bases, readings)) : [(Self.union(bases), kana)]
        let rubyRuns = pairs.enumerated().flatMap { index, pair in
            let (base, reading) = pair
            let left = index == 0 ? box.x.value : (pairs[index - 1].0.upperBound + base.lowerBound) / 2
            let right = index == pairs.count - 1 ? (box.x + box.width).value : (base.upperBound + pairs[index + 1].0.lowerBound) / 2
            let room = Box(x: Points(left), y: Points(rubyTop), width: Points(right - left), height: rubyStyle.size)
            return ruby(reading, over: base, in: room, style: rubyStyle, path: kanaPath)
        }
        let group = node(.ruby), baseNode = node(.rubyBase), textNode = node(.rubyText)
        return valueRuns.map { tagged($0, [group, baseNode]) } + rubyRuns.map { tagged($0, [group, textNode]) }
    }

    /// The least space between a cell's top rule and the em box of its ruby.
    static let rubyClearance = Millimetres(0.5).points

    private func tagged(_ run: TextRun, _ structure: [StructureNode]) -> TextRun {
        var run = run
        run.structure = structure
        return run
    }

    /// One reading over one base extent: spread 1:2:1 when shorter, else centred and fitted.
    private func ruby(_ reading: String, over base: ClosedRange<Double>, in room: Box, style: TextStyle, path: FieldPath) -> [TextRun] {
        guard let shaped = typesetter.shape(reading, font: style.font, path: path) else { return [] }
        let size = style.size.value
        let width = shaped.setWidth * size
        let count = Double(shaped.characters.count)
        let spare = base.upperBound - base.lowerBound - width
        guard spare > 0 else {
            let center = (base.lowerBound + base.upperBound) / 2
            let half = min(center - room.x.value, (room.x + room.width).value - center)
            let box = Box(x: Points(center - half), y: room.y, width: Points(2 * half), height: room.height)
            return typesetter.field(reading, style: style, box: box, wrap: false, lineHeight: 1, path: path)
        }
        typesetter.record(FieldFit(path: path, designSize: size, size: size, horizontalScale: 1, lines: 1))
        let step = min(spare / count, 2 * size)
        let x = (base.lowerBound + base.upperBound) / 2 - (width + step * (count - 1)) / 2
        var extra = shaped.between.map { $0 * size }
        for index in extra.indices.dropLast() { extra[index] += step }
        return GlyphPlacer.runs(shaped, size: size, x: x, baseline: room.y.value + shaped.ascent * size,
                                extraAfter: extra, path: path)
    }

    /// The x extents of the parts of a set value, split at its spaces.
    static func parts(of runs: [TextRun]) -> [ClosedRange<Double>] {
        var parts: [ClosedRange<Double>] = []
        var current: ClosedRange<Double>?
        for (character, extent) in characterExtents(of: runs) {
            if character == " " || character == "\u{3000}" {
                if let part = current { parts.append(part) }
                current = nil
            } else {
                current = current.map { min($0.lowerBound, extent.lowerBound)...max($0.upperBound, extent.upperBound) } ?? extent
            }
        }
        if let part = current { parts.append(part) }
        return parts
    }

    /// Each character of the runs with the extent of the glyphs of its cluster.
    private static func characterExtents(of runs: [TextRun]) -> [(Character, ClosedRange<Double>)] {
        var result: [(Character, ClosedRange<Double>)] = []
        for run in runs {
            let bytes = Array(run.text.utf8)
            var byte = 0, glyph = 0
            for cluster in run.clusters {
                let text = String(decoding: bytes[byte..<byte + cluster.byteCount], as: UTF8.self)
                let glyphs = run.glyphs[glyph..<glyph + cluster.glyphCount]
                let start = glyphs.map(\.position.x).min() ?? 0
                let end = glyphs.map { $0.position.x + $0.advance }.max() ?? start
                result += text.map { ($0, start...max(start, end)) }
                byte += cluster.byteCount
                glyph += cluster.glyphCount
            }
        }
        return result
    }

    private static func split(_ text: String) -> [String] {
        text.split { $0 == " " || $0 == "\u{3000}" }.map(String.init)
    }

    private static func union(_ parts: [ClosedRange<Double>]) -> ClosedRange<Double> {
        guard let first = parts.first, let last = parts.last else { return 0...0 }
        return first.lowerBound...last.upperBound
    }
}
