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
            return [RawRecord(at: TextPlace(line: 1, column: 1), problem: Diagnostic(path: .root, message: Wording.unreadableFile(path)))]
        }
        guard var text = String(data: data, encoding: .utf8) else {
            return [RawRecord(at: TextPlace(line: 1, column: 1), problem: Diagnostic(path: .root, message: Wording.notUTF8))]
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
            for var record in documents(String(line), listsAllowed: false, resolver: .basic) {
                record.moveDown(by: offset)
                record.line = offset + 1
                record.text = String(line)
                for index in record.problems.indices where record.problems[index].line ?? 0 > offset + 1 {
                    record.problems[index].line = offset + 1
                    record.problems[index].column = line.unicodeScalars.count + 1
                }
                records.append(record)
            }
        }
        return records
    }

    /// One record per document, or one per item when the only document is a list; a syntax error ends
    /// the file with one unreadable record, after the documents before it. A JSON line is decoded from
    /// its own text, so its node needs no tags (`.basic` spares Yams its regular expressions); a YAML
    /// record is written out again from its node, whose tags must say what its scalars are.
    private static func documents(_ text: String, listsAllowed: Bool = true, resolver: Resolver = .default) -> [RawRecord] {
        var roots: [Node] = []
        var failure: (any Error)?
        do {
            var documents = try Yams.compose_all(yaml: text, resolver, .default, .utf8)
            while let root = documents.next() {
                if !isNull(root) { roots.append(root) }
            }
            failure = documents.error
        } catch {
            failure = error
        }
        var records = listsAllowed && failure == nil && roots.count == 1 && roots[0].sequence != nil
            ? roots[0].sequence!.map(RawRecord.init(node:))
            : roots.map(RawRecord.init(node:))
        if let failure {
            let syntax = failure as? YamlError
            records.append(syntax.map(RawRecord.init(syntaxError:))
                ?? RawRecord(at: TextPlace(line: 1, column: 1), problem: Diagnostic(path: .root, message: Wording.unreadableSyntax)))
        }
        return records
    }

    /// Whether `node` is a YAML null (`null`, `~` or nothing), which counts as absent.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

/// A record as read from its file: its node, or the problem that kept it from being read.
struct RawRecord {
    var line: Int
    var node: Node?
    /// The record's own text when it can be decoded as written (a JSON line), saving a YAML round trip.
    var text: String?
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

    init(at place: TextPlace, problem: Diagnostic) {
        line = place.line
        positions = RecordPositions(start: place, places: [:])
        problems = [positions.place(problem)]
    }

    /// The record as if its text started `lines` lines further down the file (a JSON line read alone).
    mutating func moveDown(by lines: Int) {
        line += lines
        positions.moveDown(by: lines)
        for index in problems.indices { problems[index].line = problems[index].line.map { $0 + lines } }
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
        self.init(at: place, problem: problem)
    }

    /// The text of the scalar at `keys` under the record's root mapping.
    func text(at keys: String...) -> String? {
        var node = self.node
        for key in keys { node = node?.mapping?[key] }
        return node?.scalar?.string
    }
}
