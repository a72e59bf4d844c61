import Core
import Foundation
import Yams

/// Turns the text of a YAML or JSON file into its root node, reporting syntax errors with their place.
package enum DocumentParser {
    /// The root of the file's single document; nil (reported) when it is empty or cannot be parsed.
    package static func root(of text: String, collector: DiagnosticCollector) -> ValueReader? {
        do {
            guard let node = try Yams.compose(yaml: text), !isEmpty(node) else {
                collector.report(Wording.emptyInput, at: .root)
                return nil
            }
            return ValueReader(node: node, path: .root, collector: collector)
        } catch let error as YamlError {
            report(error, in: text, collector: collector)
        } catch {
            collector.report(Wording.unreadableSyntax, at: .root, hint: String(describing: error))
        }
        return nil
    }

    /// The text of UTF-8 bytes; nil (reported) when they are not valid UTF-8.
    package static func text(of data: Data, collector: DiagnosticCollector) -> String? {
        guard let text = String(data: data, encoding: .utf8) else {
            collector.report(Wording.notUTF8, at: .root)
            return nil
        }
        return text
    }

    private static func isEmpty(_ node: Node) -> Bool {
        ValueReader(node: node, path: .root, collector: DiagnosticCollector()).isNull
    }

    private static func report(_ error: YamlError, in text: String, collector: DiagnosticCollector) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            collector.report(Wording.unreadableSyntax, at: .root, hint: problem, mark: mark)
        case let .reader(problem, offset, _, _):
            let place = offset.map { position(at: $0, in: text) }
            collector.report(Wording.unreadableSyntax, at: .root, hint: problem, line: place?.line, column: place?.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            collector.report(Wording.duplicateKeys(duplicates), at: .root, mark: context.mark)
        default:
            collector.report(Wording.unreadableSyntax, at: .root)
        }
    }

    /// Line and column (from 1, columns in Unicode scalars) of a UTF-8 byte offset.
    private static func position(at offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.unicodeScalars.count ?? 0) + 1)
    }
}
