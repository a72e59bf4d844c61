import Core
import FormTemplates

/// How a value was fitted into its box.
struct Fit {
    var size: Double
    var lines: [ShapedText]
}

extension Typesetter {
    /// Fits `text` into `box`: at `style.size` if it fits on one line; else shrunk (in 0.1 pt steps)
    /// down to `style.minSize`; else, if `wrap`, broken into lines at the largest size whose lines
    /// fit the height; else reported against `path` as not fitting.
    func fit(_ text: String, style: TextStyle, box: Box, wrap: Bool, lineHeight: Double, path: FieldPath) -> Fit? {
        guard let shaped = shape(text, font: style.font, path: path) else { return nil }
        let minSize = min(style.minSize ?? style.size, style.size)
        let natural = shaped.setWidth
        let oneLine = natural > 0 ? min(style.size, (box.width / natural * 10).rounded(.down) / 10) : style.size
        if oneLine >= minSize, oneLine <= box.height {
            return Fit(size: oneLine, lines: [shaped])
        }
        if wrap {
            for size in candidateSizes(from: style.size, to: minSize) {
                let lines = self.wrap(shaped, size: size, width: box.width, font: style.font, path: path)
                let widest = lines.map(\.setWidth).max() ?? 0
                let height = Double(lines.count - 1) * lineHeight * size + size
                if height <= box.height, widest * size <= box.width + 0.01 { return Fit(size: size, lines: lines) }
            }
        }
        report(LayoutMessages.doesNotFit(
            path: path, width: box.width, height: box.height, minSize: minSize, needed: natural * minSize))
        return nil
    }

    /// Sizes from `largest` down to `smallest` in half points, `smallest` included.
    private func candidateSizes(from largest: Double, to smallest: Double) -> [Double] {
        var sizes = Array(stride(from: largest, to: smallest, by: -0.5))
        sizes.append(smallest)
        return sizes
    }

    /// Fits and places a bound value in its box; an empty value draws nothing.
    func field(
        _ text: String, style: TextStyle, box: Box, wrap: Bool, lineHeight: Double, path: FieldPath
    ) -> [TextRun] {
        guard !text.isEmpty,
              let fit = fit(text, style: style, box: box, wrap: wrap, lineHeight: lineHeight, path: path)
        else { return [] }
        return place(fit.lines, size: fit.size, in: box, align: style.align, valign: style.valign,
                     pitch: lineHeight * fit.size, distribute: style.distribute, path: path)
    }
}
