import Core
import Foundation
import FormModels
import Yams

/// Reads the records of one batch input file, by its extension:
///
/// - `.jsonl`: JSON Lines, one record per non-blank line;
/// - `.csv`: one row per user, grouped into approval notices (`CSVNotices`);
/// - anything else: YAML or JSON, either one list of records or one record per YAML document.
///
/// A file that cannot be read at all gives one unreadable record, so the other files still print.
enum RecordReader {
    /// The records of the file at `path`, before passwords are filled in.
    static func records(in path: String) -> [RawRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [RawRecord(line: 1, problem: Diagnostic(path: .root, message: Wording.unreadableFile(path)))]
        }
        guard var text = String(data: data, encoding: .utf8) else {
            return [RawRecord(line: 1, problem: Diagnostic(path: .root, message: Wording.notUTF8))]
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "jsonl": return jsonLines(text)
        case "csv": return CSVNotices.records(in: text)
        default: return documents(text)
        }
    }

    private static func jsonLines(_ text: String) -> [RawRecord] {
        var records: [RawRecord] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { !$0.isWhitespace }) {
            let padding = String(repeating: "\n", count: offset)
            records.append(contentsOf: documents(padding + line, listsAllowed: false))
        }
        return records
    }

    /// One record per document, or one per item when the only document is a list.
    private static func documents(_ text: String, listsAllowed: Bool = true) -> [RawRecord] {
        do {
            let roots = try Array(Yams.compose_all(yaml: text)).filter { !isNull($0) }
            if listsAllowed, roots.count == 1, case .sequence(let items) = roots[0] {
                return items.map(RawRecord.init(node:))
            }
            return roots.map(RawRecord.init(node:))
        } catch let error as YamlError {
            return [RawRecord(syntaxError: error)]
        } catch {
            return [RawRecord(line: 1, problem: Diagnostic(path: .root, message: Wording.unreadableSyntax))]
        }
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

/// A record as read from its file: its node, or the problem that kept it from being read.
struct RawRecord {
    var line: Int
    var node: Node?
    var positions: RecordPositions
    var problems: [Diagnostic] = []

    init(node: Node) {
        self.node = node
        positions = RecordPositions(node: node)
        line = positions.start.line
    }

    init(node: Node, positions: RecordPositions) {
        self.node = node
        self.positions = positions
        line = positions.start.line
    }

    init(line: Int, problem: Diagnostic) {
        self.line = line
        positions = RecordPositions(start: TextPlace(line: line, column: 1), places: [:])
        problems = [positions.place(problem)]
    }

    init(syntaxError error: YamlError) {
        var problem = Diagnostic(path: .root, message: Wording.unreadableSyntax)
        var place = TextPlace(line: 1, column: 1)
        switch error {
        case let .scanner(_, text, mark, _), let .parser(_, text, mark, _), let .composer(_, text, mark, _):
            problem.hint = Wording.syntaxHint(for: text)
            place = TextPlace(mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            problem.message = Wording.duplicateKeys(duplicates)
            place = TextPlace(context.mark)
        default:
            break
        }
        self.init(line: place.line, problem: problem)
        problems[0].column = place.column
    }

    /// The text of the scalar at `keys` under the record's root mapping.
    func text(at keys: String...) -> String? {
        var node = self.node
        for key in keys { node = node?.mapping?[key] }
        return node?.scalar?.string
    }
}
