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

    /// Edit distance over Unicode scalars, counting a swap of neighbours (`nmae` → `name`) as one edit.
    package static func distance<T: Equatable>(_ lhs: [T], _ rhs: [T]) -> Int {
        var table = (0...lhs.count).map { i in (0...rhs.count).map { j in i == 0 ? j : (j == 0 ? i : 0) } }
        for i in lhs.indices {
            for j in rhs.indices {
                var best = min(table[i][j + 1] + 1, table[i + 1][j] + 1, table[i][j] + (lhs[i] == rhs[j] ? 0 : 1))
                if i > 0, j > 0, lhs[i] == rhs[j - 1], lhs[i - 1] == rhs[j] {
                    best = min(best, table[i - 1][j - 1] + 1)
                }
                table[i + 1][j + 1] = best
            }
        }
        return table[lhs.count][rhs.count]
    }
}
