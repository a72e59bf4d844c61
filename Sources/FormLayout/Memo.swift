import Foundation

/// Results kept from one document to the next, by the inputs that determine them: a form's fixed
/// wording (its paragraphs, labels and headings) is shaped and broken into lines once per layout
/// engine instead of once per document.
///
/// Only for pure computations, whose kept result is the one computing would give again. Safe to
/// share between threads; bounded: emptied whenever it holds `limit` results (a batch's names and
/// IDs are mostly seen once).
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let limit: Int
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    init(limit: Int = 4096) {
        self.limit = limit
    }

    /// The value for `key`, computed by `compute` the first time.
    func value(for key: Key, compute: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = compute()
        lock.withLock {
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }
}

/// What a layout engine keeps between documents: shaped texts and the lines they break into.
struct TypesetMemory: Sendable {
    /// A text shaped in a font family (`mincho`).
    struct ShapeKey: Hashable {
        var family: String
        var text: String
    }

    /// A shaped text broken into lines of two widths at one size.
    struct LinesKey: Hashable {
        var family: String
        var text: String
        var size: Double
        var firstWidth: Double
        var width: Double
    }

    let shapes = Memo<ShapeKey, ShapedText>()
    let lines = Memo<LinesKey, [ComposedLine]>()
}
