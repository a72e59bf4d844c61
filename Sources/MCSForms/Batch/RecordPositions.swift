import Core
import FormInput
import FormModels
import Yams

/// Where each value of a record sits in the batch's input file, by field path.
///
/// A record is decoded from text of its own, so the decoder's lines and columns point into that text;
/// `place` moves each problem back to the value's line and column in the batch's input file.
struct RecordPositions: Sendable {
    /// The record's own place, for problems of the whole record.
    var start: TextPlace
    var places: [FieldPath: TextPlace] = [:]

    /// The positions of every value under `node`, a record read from a YAML or JSON file.
    init(node: Node) {
        start = TextPlace(node.mark)
        index(node, at: .root)
    }

    /// Positions given value by value (a CSV record).
    init(start: TextPlace, places: [FieldPath: TextPlace]) {
        self.start = start
        self.places = places
    }

    /// The positions as if the record started `lines` lines further down the file.
    mutating func moveDown(by lines: Int) {
        start.line += lines
        for path in places.keys { places[path]?.line += lines }
    }

    /// The positions of the values another record took from this one: `path` says where each value went,
    /// nil for a value it did not take (a notice derived from an application).
    func translated(by path: (FieldPath) -> FieldPath?) -> RecordPositions {
        var translated = RecordPositions(start: start, places: [:])
        for (from, place) in places {
            if let to = path(from) { translated.places[to] = place }
        }
        return translated
    }

    /// `diagnostic` placed at its value (or the nearest enclosing value) in the batch's input file.
    func place(_ diagnostic: Diagnostic) -> Diagnostic {
        var placed = diagnostic
        var path = diagnostic.path
        while !path.components.isEmpty, places[path] == nil { path.components.removeLast() }
        let place = places[path] ?? start
        placed.line = place.line
        placed.column = place.column
        return placed
    }

    private mutating func index(_ node: Node, at path: FieldPath) {
        places[path] = TextPlace(node.mark)
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                index(value, at: path.appending(name))
                // An unknown key is reported under the key as shown, which may hide a run-in value.
                places[path.appending(Shown.key(name))] = places[path.appending(name)]
            }
        case .sequence(let sequence):
            for (offset, item) in sequence.enumerated() { index(item, at: path.appending(index: offset)) }
        default:
            break
        }
    }
}

/// A line and column (from 1) in an input file.
struct TextPlace: Sendable, Hashable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
