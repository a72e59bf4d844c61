/// Finds the known key a misspelt key was most likely meant to be (`ofice` → `office`).
package enum KeySuggestion {
    /// The nearest of `candidates` to `key` by edit distance, when it is close enough to be a typo.
    package static func nearest(to key: String, in candidates: [String]) -> String? {
        let typed = Array(key.lowercased().unicodeScalars)
        let scored = candidates.map { candidate in
            (candidate, distance(typed, Array(candidate.lowercased().unicodeScalars)))
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(1, max(typed.count, best.0.unicodeScalars.count) / 3)
        return best.1 <= allowed ? best.0 : nil
    }

    /// Levenshtein distance over Unicode scalars.
    package static func distance<T: Equatable>(_ lhs: [T], _ rhs: [T]) -> Int {
        guard !lhs.isEmpty else { return rhs.count }
        var previous = Array(0...rhs.count)
        for (i, left) in lhs.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: rhs.count)
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
