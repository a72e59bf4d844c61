import Core
import Foundation
import FormInput
import FormModels
import Yams

/// Reads the records of one batch input file, by its extension:
///
/// - `.jsonl`: JSON Lines, one record per non-blank line;
/// - `.csv`: one row per user, grouped into approval notices (`CSVNotices`), in UTF-8 (with or without a byte
///   order mark) or Shift_JIS;
/// - anything else: YAML or JSON, either one list of records or one record per YAML document.
///
/// A file that cannot be read at all gives one unreadable record, so the other files still print. A file
/// is read only up to `InputLimits.batchFileBytes`, and a record whose tree would cost far more to walk
/// than its text (an alias) is refused before anything walks it (`InputTree`).
enum RecordReader {
    /// The records of the file at `path`, before passwords are filled in, and the passwords it holds.
    static func file(at path: String) -> RecordFile {
        let start = TextPlace(line: 1, column: 1)
        let data: Data
        do {
            data = try InputFile.data(atPath: path, limit: InputLimits.batchFileBytes)
        } catch {
            return RecordFile(unreadable: RawRecord(at: start, problems: error.diagnostics))
        }
        let kind = URL(fileURLWithPath: path).pathExtension.lowercased()
        if kind == "csv" {
            switch CSVEncoding.text(of: data) {
            case .success(let text): return CSVNotices.file(text)
            case .failure(let problem): return RecordFile(unreadable: RawRecord(at: start, problems: [problem]))
            }
        }
        guard var text = String(data: data, encoding: .utf8) else {
            return RecordFile(unreadable: RawRecord(at: start, problems: [Diagnostic(path: .root, problem: .notUTF8)]))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        return kind == "jsonl" ? jsonLines(text) : RecordFile(records: documents(text))
    }

    private static func jsonLines(_ text: String) -> RecordFile {
        var records: [RawRecord] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { !$0.isWhitespace }) {
            for var record in documents(String(line), listsAllowed: false) {
                record.moveDown(by: offset)
                record.line = offset + 1
                for index in record.problems.indices where record.problems[index].line ?? 0 > offset + 1 {
                    record.problems[index].line = offset + 1
                    record.problems[index].column = line.unicodeScalars.count + 1
                }
                records.append(record)
            }
        }
        return RecordFile(records: records)
    }

    /// One record per document, or one per item when the only document is a list; a syntax error ends
    /// the file with one unreadable record, after the documents before it. Scalars are read as written,
    /// with no tag guessed (the basic resolver spares Yams its regular expressions).
    private static func documents(_ text: String, listsAllowed: Bool = true) -> [RawRecord] {
        var roots: [Node] = []
        var failure: (any Error)?
        do {
            var documents = try Yams.compose_all(yaml: JSONSurrogates.joined(text), .basic, .default, .utf8)
            while let root = documents.next() {
                if !isNull(root) { roots.append(root) }
            }
            failure = documents.error
        } catch {
            failure = error
        }
        var records: [RawRecord] = []
        for root in roots {
            if InputTree.mayHoldAliases(text), let problem = InputTree.problem(in: root) {
                records.append(RawRecord(at: TextPlace(line: problem.line ?? 1, column: problem.column ?? 1), problems: [problem]))
            } else if listsAllowed, failure == nil, roots.count == 1, let items = root.sequence {
                records += items.map(RawRecord.init(node:))
            } else {
                records.append(RawRecord(node: root))
            }
        }
        if let failure {
            let syntax = failure as? YamlError
            records.append(syntax.map(RawRecord.init(syntaxError:))
                ?? RawRecord(at: TextPlace(line: 1, column: 1), problems: [Diagnostic(path: .root, problem: .unreadableSyntax(detail: nil))]))
        }
        return records
    }

    /// Whether `node` is a YAML null (`null`, `~` or nothing), which counts as absent.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

/// What one batch input file holds: its records, and the passwords written in it (which no message
/// about any record may show).
struct RecordFile {
    var records: [RawRecord]
    var secrets: Set<String>

    init(records: [RawRecord], secrets: Set<String>? = nil) {
        self.records = records
        self.secrets = secrets ?? InputSecrets.values(in: records.compactMap(\.node))
    }

    init(unreadable record: RawRecord) {
        self.init(records: [record], secrets: [])
    }
}

/// A record as read from its file: its node, or the problems that kept it from being read.
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

    /// A record that could not be read, at `place`; problems without a place of their own are put there.
    init(at place: TextPlace, problems: [Diagnostic]) {
        line = place.line
        positions = RecordPositions(start: place, places: [:])
        self.problems = problems.map { $0.line == nil ? positions.place($0) : $0 }
    }

    /// The record as if its text started `lines` lines further down the file (a JSON line read alone).
    mutating func moveDown(by lines: Int) {
        line += lines
        positions.moveDown(by: lines)
        for index in problems.indices { problems[index].line = problems[index].line.map { $0 + lines } }
    }

    init(syntaxError error: YamlError) {
        var problem = Diagnostic(path: .root, problem: .unreadableSyntax(detail: nil))
        var place = TextPlace(line: 1, column: 1)
        switch error {
        case let .scanner(_, text, mark, _), let .parser(_, text, mark, _), let .composer(_, text, mark, _):
            problem.problem = .unreadableSyntax(detail: text)
            place = TextPlace(mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            problem.problem = .duplicateKeys(duplicates.map(Shown.key))
            place = TextPlace(context.mark)
        default:
            break
        }
        self.init(at: place, problems: [problem])
    }

    /// The text of the scalar at `keys` under the record's root mapping.
    func text(at keys: String...) -> String? {
        text(at: keys)
    }

    /// The text of the scalar at `keys` under the record's root mapping.
    func text(at keys: [String]) -> String? {
        var node = self.node
        for key in keys { node = node?.mapping?[key] }
        return node?.scalar?.string
    }
}
