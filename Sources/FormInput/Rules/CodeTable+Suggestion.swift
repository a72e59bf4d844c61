import FormModels

extension CodeTable {
    /// The entry `name` most likely means when it is not an exact name: an alias, a name that
    /// contains it or is contained in it, or a name one or two characters away.
    public func suggestion(for name: String) -> Entry? {
        let scalars = Array(name.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        if let aliased = entries.first(where: { $0.aliases.contains { $0.unicodeScalars.elementsEqual(scalars) } }) {
            return aliased
        }
        let scored = entries.map { ($0, KeySuggestion.distance(scalars, Array($0.name.unicodeScalars))) }
        if let close = scored.min(by: { $0.1 < $1.1 }), close.1 <= min(2, max(1, scalars.count / 2)) {
            return close.0
        }
        return entries.first { $0.name.contains(name) || name.contains($0.name) }
    }
}
