import Core

/// How a value was fitted into its box: one line, or running text composed into lines.
struct Fit {
    var size: Points
    var scale: Double
    var lines: [ShapedText]
    /// The wrapped lines, broken and justified like a paragraph; empty for a one-line value.
    var composed: [ComposedLine] = []
}

extension Typesetter {
    /// Fits `text` into `box`.
    ///
    /// A one-line field follows docs/typesetting.md, "Fitting a field": at `style.size` if it fits; else
    /// condensed (長体, in 1 % steps) down to `style.minScale` (80 %); else at that scale and a
    /// smaller size (0.1 pt steps)
    /// down to `style.minSize`; else, if `wrap`, broken into lines at full width and the largest
    /// size whose lines fit the height; else reported against `path` as not fitting. A `wrap` box
    /// tall enough for two lines at `style.size` holds running text (a reason, a remark): there
    /// the value wraps at full width before anything is condensed.
    ///
    /// A line break in the value is a space on one line, and a forced break when wrapped.
    func fit(_ text: String, style: TextStyle, box: Box, wrap: Bool, lineHeight: Double, path: FieldPath) -> Fit? {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard let shaped = shape(oneLine, font: style.font, path: path) else { return nil }
        let minSize = min(style.minSize ?? style.size, style.size)
        let natural = shaped.setWidth
        let multiLine = wrap && box.height.value + 0.01 >= (1 + lineHeight) * style.size.value
        let hasBreaks = text.contains(where: \.isNewline)
        if multiLine, natural * style.size.value > box.width.value || hasBreaks,
           let fit = wrapped(text, style: style, minSize: minSize, box: box, lineHeight: lineHeight, path: path) {
            return fit
        }
        if let fit = oneLineFit(shaped, style: style, minSize: minSize, box: box) { return fit }
        if wrap, let fit = wrapped(text, style: style, minSize: minSize, box: box, lineHeight: lineHeight, path: path) {
            return fit
        }
        report(LayoutMessages.doesNotFit(
            path: path, width: box.width, height: box.height, minSize: minSize,
            needed: Points(natural * minSize.value * style.minScale)))
        return nil
    }

    /// The value on one line: at full size, condensed down to `minScale`, then smaller down to `minSize`.
    private func oneLineFit(_ shaped: ShapedText, style: TextStyle, minSize: Points, box: Box) -> Fit? {
        let natural = shaped.setWidth
        let (width, height) = (box.width.value, box.height.value)
        if style.size.value <= height + 0.01 {
            let scale = natural > 0 ? min(1, (width / (natural * style.size.value) * 100).rounded(.down) / 100) : 1
            if scale >= style.minScale { return Fit(size: style.size, scale: scale, lines: [shaped]) }
        }
        let size = Points((width / (natural * style.minScale) * 10).rounded(.down) / 10)
        guard size >= minSize, size.value <= height + 0.01 else { return nil }
        return Fit(size: min(size, style.size), scale: style.minScale, lines: [shaped])
    }

    /// The value broken into lines at the largest size (half-point steps) whose lines fit the box;
    /// each paragraph of the value composed like a paragraph element.
    private func wrapped(
        _ text: String, style: TextStyle, minSize: Points, box: Box, lineHeight: Double, path: FieldPath
    ) -> Fit? {
        let paragraphs = text.split(whereSeparator: \.isNewline).compactMap { shape(String($0), font: style.font, path: path) }
        var sizes = stride(from: style.size.value, to: minSize.value, by: -0.5).map(Points.init)
        sizes.append(minSize)
        for size in sizes {
            let lines = paragraphs.flatMap {
                compose($0, size: size, firstWidth: box.width, width: box.width, font: style.font, path: path)
            }
            let widest = lines.map(\.minimumWidth).max() ?? 0
            let height = Double(lines.count - 1) * lineHeight * size.value + size.value
            if height <= box.height.value + 0.01, widest <= box.width.value + 0.01 {
                return Fit(size: size, scale: 1, lines: lines.map(\.text), composed: lines)
            }
        }
        return nil
    }

    /// Fits and places a bound value in its box, and records how it was fitted; wrapped left-aligned
    /// lines are set as running text, justified but the last. An empty value draws nothing.
    func field(
        _ text: String, style: TextStyle, box: Box, wrap: Bool, lineHeight: Double, path: FieldPath
    ) -> [TextRun] {
        guard !text.isEmpty,
              let fit = fit(text, style: style, box: box, wrap: wrap, lineHeight: lineHeight, path: path)
        else { return [] }
        record(FieldFit(path: path, designSize: style.size.value, size: fit.size.value, horizontalScale: fit.scale, lines: fit.lines.count))
        if style.align == .left, !style.distribute, !fit.composed.isEmpty {
            return place(fit.composed, size: fit.size, in: box, valign: style.valign, pitch: lineHeight * fit.size, path: path)
        }
        return place(fit.lines, size: fit.size, scale: fit.scale, in: box, align: style.align, valign: style.valign,
                     pitch: lineHeight * fit.size, distribute: style.distribute, path: path)
    }
}
