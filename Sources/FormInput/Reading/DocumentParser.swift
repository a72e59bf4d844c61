import FormModels
import Core
import Foundation
import Yams

/// Turns the text of a YAML or JSON file into its root node, reporting syntax errors with their place.
package enum DocumentParser {
    /// The root of the file's single document; nil (reported) when it is empty or cannot be parsed.
    /// A leading byte order mark, as Windows editors write, is skipped. Scalars are read as the text
    /// they are written with, so no tag is guessed: the basic resolver spares Yams the seven regular
    /// expressions it would otherwise run on every mapping key (its duplicate-key check hashes keys by
    /// resolved tag), which were most of the time of reading the 別表 files. The encoding is named
    /// because Yams' default reads the whole process environment on every parse.
    ///
    /// A JSON text's escaped surrogate pairs are joined first (`JSONSurrogates`), and a tree that would
    /// cost far more to read than its text (an alias) is refused (`InputTree`).
    package static func root(of text: String, collector: DiagnosticCollector) -> ValueReader? {
        let text = JSONSurrogates.joined(text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text)
        do {
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8), !isEmpty(node) else {
                collector.report(.emptyInput, at: .root)
                return nil
            }
            if InputTree.mayHoldAliases(text), let problem = InputTree.problem(in: node) {
                collector.report(problem)
                return nil
            }
            return ValueReader(node: node, path: .root, collector: collector)
        } catch let error as YamlError {
            report(error, in: text, collector: collector)
        } catch {
            collector.report(.unreadableSyntax(detail: String(describing: error)), at: .root)
        }
        return nil
    }

    /// The text of UTF-8 bytes; nil (reported) when they are not valid UTF-8.
    package static func text(of data: Data, collector: DiagnosticCollector) -> String? {
        guard data.count <= InputLimits.fileBytes else {
            collector.report(.fileTooLarge(bytes: data.count, limit: InputLimits.fileBytes), at: .root)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            collector.report(.notUTF8, at: .root)
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
            reportSyntax(problem, at: TextPosition(line: mark.line, column: mark.column, in: text), collector: collector)
        case let .reader(problem, offset, _, _):
            reportSyntax(problem, at: offset.map { TextPosition(utf8Offset: $0, in: text) }, collector: collector)
        case let .duplicatedKeysInMapping(duplicates, context):
            collector.report(.duplicateKeys(duplicates.map(Shown.key)), at: .root, mark: context.mark)
        default:
            collector.report(.unreadableSyntax(detail: nil), at: .root)
        }
    }

    private static func reportSyntax(_ problem: String, at position: TextPosition?, collector: DiagnosticCollector) {
        let detail = position?.scalar == "\t" ? ProblemWording.tabIndentation : problem
        collector.report(.unreadableSyntax(detail: detail), at: .root, line: position?.line, column: position?.column)
    }
}
