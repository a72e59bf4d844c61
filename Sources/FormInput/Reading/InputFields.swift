import Core
import Foundation
import Yams

/// The values of an input file by their paths (`office.name`, `users[2].mcsId`), as an editor fills its
/// fields from a file: every scalar of the tree, in the file's order.
///
/// Only the file's syntax is checked here (and the same bounds as for printing: size, aliases); what
/// the values mean is for the decoder, whose problems name the same paths.
public enum InputFields {
    /// One scalar of the file at its path.
    public struct Value: Sendable, Equatable {
        public let path: FieldPath
        public let text: String
    }

    /// The scalars of a YAML or JSON file; its syntax problems (with their lines) are thrown.
    public static func values(of data: Data) throws(DiagnosticList) -> [Value] {
        let collector = DiagnosticCollector()
        guard let text = DocumentParser.text(of: data, collector: collector),
              let root = DocumentParser.root(of: text, collector: collector)
        else { throw Redaction().apply(DiagnosticList(collector.sorted)) }
        var values: [Value] = []
        collect(root.node, at: .root, into: &values)
        return values
    }

    private static func collect(_ node: Node, at path: FieldPath, into values: inout [Value]) {
        switch node {
        case .scalar(let scalar): values.append(Value(path: path, text: scalar.string))
        case .mapping(let mapping):
            for (key, value) in mapping { collect(value, at: path.appending(key.string ?? ""), into: &values) }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { collect(item, at: path.appending(index: index), into: &values) }
        case .alias: break
        }
    }
}
