import FormModels
import Core
import Yams

/// Reads one node of a YAML or JSON input as the value a form expects, reporting what does not fit.
///
/// Scalars are always read from their source text, so YAML 1.1 never turns `0229-25-5376` or
/// `2026-11-24` into a number or a timestamp, and text is kept exactly as written.
package struct ValueReader {
    package let node: Node
    package let path: FieldPath
    package let collector: DiagnosticCollector

    package init(node: Node, path: FieldPath, collector: DiagnosticCollector) {
        self.node = node
        self.path = path
        self.collector = collector
    }

    /// Whether the node is a YAML null (`null`, `~` or nothing), which counts as absent.
    package var isNull: Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return scalar.tag.rawValue.isEmpty
        default: return false
        }
    }

    /// Records a problem with this value.
    package func report(_ problem: Problem) {
        collector.report(problem, at: path, mark: node.mark)
    }

    /// The value's source text as shown in messages (a password is masked).
    package func shown(_ text: String) -> String {
        Shown.value(text, at: path)
    }

    /// The scalar's text exactly as written; nil (reported) for a list or mapping.
    package func text() -> String? {
        guard let scalar = node.scalar else {
            report(.expectedText)
            return nil
        }
        guard scalar.string.utf8.count <= InputLimits.textCharacters || scalar.string.unicodeScalars.count <= InputLimits.textCharacters
        else {
            report(.tooLong(count: scalar.string.unicodeScalars.count, limit: InputLimits.textCharacters))
            return nil
        }
        return scalar.string
    }

    /// `true` or `false`.
    package func bool() -> Bool? {
        guard let text = text() else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            report(.expectedBool(shown(text)))
            return nil
        }
    }

    /// A number written plainly (`10.5`, `-3`): a quoted one is text.
    package func number() -> Double? {
        guard let scalar = node.scalar else {
            report(.wrongShape(expected: .number, found: node.mapping != nil ? .mapping : .sequence))
            return nil
        }
        guard scalar.style == .plain, let value = Double(scalar.string), value.isFinite else {
            report(.wrongShape(expected: .number, found: .text))
            return nil
        }
        return value
    }

    /// A whole number written with ASCII digits.
    package func integer() -> Int? {
        guard let text = text() else { return nil }
        guard let value = Int(text), text.unicodeScalars.allSatisfy({ $0.isASCII }) else {
            report(.expectedInteger(shown(text)))
            return nil
        }
        return value
    }

    /// An existing day written `YYYY-MM-DD`, no earlier than 昭和.
    package func date() -> CalendarDate? {
        guard let text = text() else { return nil }
        guard CalendarDate.hasISOShape(text) else {
            report(.notDate(shown(text)))
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            report(.impossibleDate(shown(text)))
            return nil
        }
        guard JapaneseEra(of: date) != nil else {
            report(.dateBeforeEras(shown(text)))
            return nil
        }
        return date
    }

    /// One of the raw values of `Choice`, compared scalar by scalar.
    package func choice<Choice: RawRepresentable & CaseIterable>(_: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        choice(of: Choice.allCases.map(\.rawValue)).flatMap(Choice.init(rawValue:))
    }

    /// One of `words`, compared scalar by scalar.
    package func choice(of words: [String]) -> String? {
        guard let text = text() else { return nil }
        guard let word = words.first(where: { $0.unicodeScalars.elementsEqual(text.unicodeScalars) }) else {
            report(.notChoice(shown(text), choices: words))
            return nil
        }
        return word
    }

    /// This mapping's keys, without reading them (nil when this is not a mapping): a rule reports a
    /// missing key through it after the reader has read the mapping.
    package var keys: MappingReader? {
        node.mapping.map { MappingReader(mapping: $0, path: path, collector: collector) }
    }

    /// The value at `key` of this mapping, without reading it: nil when the key is absent or null, or
    /// when this is not a mapping. A rule looks at a value this way after the reader has read it.
    package func child(_ key: String) -> ValueReader? {
        guard let value = node.mapping?.first(where: { $0.key.scalar?.string.unicodeScalars.elementsEqual(key.unicodeScalars) ?? false })?.value
        else { return nil }
        let child = ValueReader(node: value, path: path.appending(key), collector: collector)
        return child.isNull ? nil : child
    }

    /// Reads the value as a mapping with `body`, then reports every key `body` did not ask for.
    package func mapping<Result>(_ body: (MappingReader) -> Result) -> Result? {
        guard let mapping = node.mapping else {
            report(.expectedMapping)
            return nil
        }
        let reader = MappingReader(mapping: mapping, path: path, collector: collector)
        let result = body(reader)
        reader.reportUnknownKeys()
        return result
    }

    /// The list's items, each at its index in the path; nil (reported) when it is not a list.
    package func list() -> [ValueReader]? {
        guard let sequence = node.sequence else {
            report(.expectedList)
            return nil
        }
        guard sequence.count <= InputLimits.listItems else {
            report(.tooManyItems(count: sequence.count, limit: InputLimits.listItems))
            return nil
        }
        return sequence.enumerated().map { index, item in
            ValueReader(node: item, path: path.appending(index: index), collector: collector)
        }
    }

    /// Reads each item of the list with `body`, dropping the items it could not read.
    package func items<Item>(_ body: (ValueReader) -> Item?) -> [Item] {
        (list() ?? []).compactMap(body)
    }
}
