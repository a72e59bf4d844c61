import Core
import FormInput
import Foundation
import Yams

/// Reads the project's own YAML data files (templates, the font manifest) into `Decodable` types, strictly.
///
/// The YAML is parsed once by Yams and indexed once as a `DataNode`; a `Decodable` type then reads it by
/// key (a tenth of the time of Yams' own `YAMLDecoder` for a template). Nothing is guessed: a key the
/// type never asked for (a typo: `sise:` for `size:`), a missing key, a value of the wrong shape and an
/// alias are each a `DataFileProblem` naming the file, line and key, all of a file's unknown keys at once.
public enum DataFileDecoder {
    /// Decodes `T` from YAML `text`; `file` names the file in problems.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String = "") throws(DataFileProblems) -> T {
        let root: Yams.Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                throw DataFileProblems([DataFileProblem(file: file, place: nil, path: "", problem: .emptyInput)])
            }
            root = node
        } catch let problems as DataFileProblems {
            throw problems
        } catch {
            throw DataFileProblems([syntaxProblem(error, file: file)])
        }
        if let alias = InputTree.problem(in: root) {
            let place = alias.line.map { _ in DataPlace(line: alias.line ?? 1, column: alias.column ?? 1) }
            throw DataFileProblems([DataFileProblem(file: file, place: place, path: alias.path.description, problem: .alias)])
        }
        var counter = 0
        let node = DataNode(root, counter: &counter)
        let reading = DataReading()
        let value: T
        do {
            value = try T(from: DataNodeDecoder(node: node, codingPath: [], reading: reading))
        } catch let error as DecodingError {
            throw DataFileProblems([problem(error, in: node, file: file)])
        } catch {
            throw DataFileProblems([DataFileProblem(file: file, place: nil, path: "", problem: .failure("\(error)"))])
        }
        let unknown = unknownKeys(in: node, path: "", reading: reading, file: file)
        guard unknown.isEmpty else { throw DataFileProblems(unknown) }
        return value
    }

    /// Every key of a mapping the decoding read that no type asked for.
    private static func unknownKeys(in node: DataNode, path: String, reading: DataReading, file: String) -> [DataFileProblem] {
        switch node {
        case .scalar:
            return []
        case .sequence(let items, _):
            return items.enumerated().flatMap { unknownKeys(in: $1, path: "\(path)[\($0)]", reading: reading, file: file) }
        case .mapping(let mapping):
            guard let asked = reading.asked[mapping.id] else { return [] }
            let known = asked.sorted()
            return mapping.entries.keys.sorted().flatMap { key -> [DataFileProblem] in
                let inner = path.isEmpty ? key : "\(path).\(key)"
                guard asked.contains(key) else {
                    let suggestion = KeySuggestion.nearest(to: key, in: known)
                    return [DataFileProblem(file: file, place: mapping.keyPlaces[key], path: inner,
                                            problem: .unknownKey(suggestion.map(Problem.UnknownKeyHint.didYouMean) ?? .known(known)))]
                }
                return unknownKeys(in: mapping.entries[key]!, path: inner, reading: reading, file: file)
            }.sorted { ($0.place?.line ?? 0, $0.place?.column ?? 0) < ($1.place?.line ?? 0, $1.place?.column ?? 0) }
        }
    }

    /// A decoding error as a problem at the value its coding path leads to.
    private static func problem(_ error: DecodingError, in root: DataNode, file: String) -> DataFileProblem {
        let (path, problem): ([any CodingKey], Problem) = switch error {
        case .keyNotFound(let key, let context): (context.codingPath + [key], .missing)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            (context.codingPath, (context.underlyingError as? Problem) ?? .failure(context.debugDescription))
        @unknown default: ([], .failure("\(error)"))
        }
        return DataFileProblem(file: file, place: place(of: path, in: root), path: text(of: path), problem: problem)
    }

    /// The place of the value at `path` (or of its nearest enclosing value).
    private static func place(of path: [any CodingKey], in root: DataNode) -> DataPlace {
        var node = root
        for key in path {
            switch node {
            case .mapping(let mapping):
                guard let next = mapping.entries[key.stringValue] else { return mapping.keyPlaces[key.stringValue] ?? mapping.place }
                node = next
            case .sequence(let items, _):
                guard let index = key.intValue, items.indices.contains(index) else { return node.place }
                node = items[index]
            case .scalar:
                return node.place
            }
        }
        return node.place
    }

    private static func text(of path: [any CodingKey]) -> String {
        path.reduce(into: "") { text, key in
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
    }

    private static func syntaxProblem(_ error: any Error, file: String) -> DataFileProblem {
        guard let yaml = error as? YamlError else { return DataFileProblem(file: file, place: nil, path: "", problem: .unreadableSyntax(detail: "\(error)")) }
        switch yaml {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return DataFileProblem(file: file, place: DataPlace(mark), path: "", problem: .unreadableSyntax(detail: problem))
        default:
            return DataFileProblem(file: file, place: nil, path: "", problem: .unreadableSyntax(detail: "\(yaml)"))
        }
    }
}
