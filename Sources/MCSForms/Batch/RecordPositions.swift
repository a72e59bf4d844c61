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
    /// Each value's path and place, in the order read; a later one of the same path wins. Kept as a list:
    /// most records have no problem to place, and a dictionary would hash every path of every record.
    private var places: [(path: FieldPath, place: TextPlace)] = []

    /// The positions of every value under `node`, a record read from a YAML or JSON file.
    init(node: Node) {
        start = TextPlace(node.mark)
        index(node, at: .root)
    }

    /// Positions given value by value (a CSV record).
    init(start: TextPlace, places: [FieldPath: TextPlace]) {
        self.start = start
        self.places = places.map { ($0.key, $0.value) }
    }

    /// The positions as if the record started `lines` lines further down the file.
    mutating func moveDown(by lines: Int) {
        start.line += lines
        for index in places.indices { places[index].place.line += lines }
    }

    /// The positions of the values another record took from this one: `path` says where each value went,
    /// nil for a value it did not take (a notice derived from an application).
    func translated(by path: (FieldPath) -> FieldPath?) -> RecordPositions {
        var translated = RecordPositions(start: start, places: [:])
        translated.places = places.compactMap { entry in path(entry.path).map { ($0, entry.place) } }
        return translated
    }

    /// `diagnostic` placed at its value (or the nearest enclosing value) in the batch's input file.
    func place(_ diagnostic: Diagnostic) -> Diagnostic {
        let places = Dictionary(places, uniquingKeysWith: { _, later in later })
        var placed = diagnostic
        var path = diagnostic.path
        while !path.components.isEmpty, places[path] == nil { path.components.removeLast() }
        let place = places[path] ?? start
        placed.line = place.line
        placed.column = place.column
        return placed
    }

    private mutating func index(_ node: Node, at path: FieldPath) {
        places.append((path, TextPlace(node.mark)))
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                // An unknown key is reported under the key as shown, which may hide a run-in value.
                places.append((path.appending(Shown.key(name)), TextPlace(value.mark)))
                index(value, at: path.appending(name))
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
