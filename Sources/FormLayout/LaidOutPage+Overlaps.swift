extension LaidOutPage {
    /// The pairs of text runs whose em boxes overlap by more than a small part of an em, in page
    /// order: text printed over other text (a flow that grew into the elements below it).
    ///
    /// Runs that only touch, and the half em that punctuation pairs share (`」「`), are not
    /// counted: an overlap must exceed 0.6 em across and 0.3 em down of the smaller run, measured
    /// on each run's em box (its family's ascent, not a fixed share of the size).
    public func overlappingRuns() -> [(TextRun, TextRun)] {
        let runs = items.compactMap { item -> TextRun? in
            if case .text(let run) = item, !run.glyphs.isEmpty { run } else { nil }
        }
        var pairs: [(TextRun, TextRun)] = []
        for (index, first) in runs.enumerated() {
            for second in runs[(index + 1)...] where Self.overlap(first, second) {
                pairs.append((first, second))
            }
        }
        return pairs
    }

    private static func overlap(_ first: TextRun, _ second: TextRun) -> Bool {
        let em = min(first.size, second.size)
        let across = min(first.endX, second.endX) - max(first.glyphs[0].position.x, second.glyphs[0].position.x)
        let down = min(first.origin.y + (1 - first.ascent) * first.size, second.origin.y + (1 - second.ascent) * second.size)
            - max(first.origin.y - first.ascent * first.size, second.origin.y - second.ascent * second.size)
        return across > 0.6 * em && down > 0.3 * em
    }
}
