import FormModels
import Core
import Yams

/// Reads the keys of one mapping and remembers which were asked for, so that any other key,
/// which the form does not know, is reported with the nearest known key as a hint.
package final class MappingReader {
    private let mapping: Node.Mapping
    package let path: FieldPath
    package let collector: DiagnosticCollector
    private var knownKeys: [String] = []
    private var checksKeys = true

    init(mapping: Node.Mapping, path: FieldPath, collector: DiagnosticCollector) {
        self.mapping = mapping
        self.path = path
        self.collector = collector
    }

    /// The mapping itself as a value.
    package var value: ValueReader {
        ValueReader(node: .mapping(mapping), path: path, collector: collector)
    }

    /// The keys written as text, in order, with their values at the same places, listed on first use:
    /// a template's element is asked for a dozen keys, and walking the mapping for each copied its nodes
    /// every time. Lists rather than a dictionary: a mapping has a handful of keys, and hashing them cost
    /// a template more than comparing them (docs/performance.md, "Start-up").
    private lazy var keyedValues: (keys: [String], values: [Node]) = {
        var keys: [String] = [], values: [Node] = []
        keys.reserveCapacity(mapping.count)
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            keys.append(name)
            values.append(value)
        }
        return (keys, values)
    }()

    /// The value at `key`, or nil when the key is absent or null.
    package func optional(_ key: String) -> ValueReader? {
        if !knownKeys.contains(key) { knownKeys.append(key) }
        guard let index = keyedValues.keys.firstIndex(where: { ExactKey.same($0, key) }) else { return nil }
        let node = keyedValues.values[index]
        let value = ValueReader(node: node, path: path.appending(key), collector: collector)
        return value.isNull ? nil : value
    }

    /// The value at `key`; reports it missing (with `missing`) when absent or null.
    package func required(_ key: String, missing: Problem = .missing) -> ValueReader? {
        let value = optional(key)
        if value == nil { reportMissing(key, problem: missing) }
        return value
    }

    /// Reports `key` as missing (for rules that require a key only in some cases).
    package func reportMissing(_ key: String, problem: Problem = .missing) {
        collector.report(problem, at: path.appending(key), mark: mapping.mark)
    }

    /// Optional text at `key`.
    package func text(_ key: String) -> String? { optional(key)?.text() }

    /// Required text at `key`; empty or blank text counts as missing.
    package func requiredText(_ key: String, missing: Problem = .missing) -> String? {
        guard let value = required(key, missing: missing), let text = value.text() else { return nil }
        guard text.contains(where: { !$0.isWhitespace }) else {
            value.report(missing)
            return nil
        }
        return text
    }

    /// Every key of a mapping whose keys are names the file chooses (font ids), with its value, in order.
    package var entries: [(key: String, value: ValueReader)] {
        mapping.compactMap { key, value in
            guard let name = key.scalar?.string else {
                collector.report(.keyNotText, at: path, mark: key.mark)
                return nil
            }
            if !knownKeys.contains(name) { knownKeys.append(name) }
            return (name, ValueReader(node: value, path: path.appending(name), collector: collector))
        }
    }

    /// Optional number at `key`.
    package func number(_ key: String) -> Double? { optional(key)?.number() }

    /// Optional whole number at `key`.
    package func integer(_ key: String) -> Int? { optional(key)?.integer() }

    /// Optional date at `key`.
    package func date(_ key: String) -> CalendarDate? { optional(key)?.date() }

    /// A `true`/`false` at `key`, false when absent.
    package func flag(_ key: String) -> Bool { optional(key)?.bool() ?? false }

    /// Reads the mapping at `key` with `body`; `body` also reads an empty mapping when the key is absent,
    /// so optional groups such as `office` give their defaults.
    package func group<Result>(_ key: String, _ body: (MappingReader) -> Result) -> Result? {
        guard let value = optional(key) else {
            return body(MappingReader(mapping: Node.Mapping([]), path: path.appending(key), collector: collector))
        }
        return value.mapping(body)
    }

    /// Stops the check for unknown keys, when the mapping's kind is unknown and every key would be reported.
    package func skipUnknownKeys() {
        checksKeys = false
    }

    /// Reports every key of the mapping that was never asked for.
    func reportUnknownKeys() {
        guard checksKeys else { return }
        for (key, _) in mapping {
            guard let name = key.scalar?.string else {
                collector.report(.keyNotText, at: path, mark: key.mark)
                continue
            }
            guard !knownKeys.contains(where: { ExactKey.same($0, name) }) else { continue }
            let shown = Shown.key(name)
            let hint: Problem.UnknownKeyHint = shown != name ? .runIn(colon: name.contains { $0 == ":" || $0 == "：" })
                : KeySuggestion.nearest(to: name, in: knownKeys).map(Problem.UnknownKeyHint.didYouMean) ?? .known(knownKeys)
            collector.report(.unknownKey(hint), at: path.appending(shown), mark: key.mark)
        }
    }
}
