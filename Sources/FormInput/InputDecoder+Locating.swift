import Core
import Foundation
import FormModels
import Yams

extension InputDecoder {
    /// Runs a later stage on a decoded input (the layout) and gives the diagnostics it throws without a place
    /// (a value that does not fit its box) the line and column of their value in the input.
    public func locating<Result>(in data: Data, _ stage: () throws -> Result) throws -> Result {
        do {
            return try stage()
        } catch let list as DiagnosticList {
            throw locate(list, in: data)
        }
    }

    /// `list` with every diagnostic that has no place put at the node its path names in `data`, in input order.
    /// Every message is redacted with the passwords of `data`: a later stage may quote a value.
    public func locate(_ list: DiagnosticList, in data: Data) -> DiagnosticList {
        let list = redaction(of: data).apply(list)
        guard list.diagnostics.contains(where: { $0.line == nil }) else { return list }
        let parsing = DiagnosticCollector()
        guard let root = DocumentParser.text(of: data, collector: parsing)
            .flatMap({ DocumentParser.root(of: $0, collector: parsing) }) else { return list }
        let collector = DiagnosticCollector()
        for diagnostic in list.diagnostics {
            let mark = diagnostic.line == nil ? Self.node(at: diagnostic.path.components[...], in: root.node)?.mark : nil
            collector.report(diagnostic.problem, at: diagnostic.path,
                             line: mark?.line ?? diagnostic.line, column: mark?.column ?? diagnostic.column)
        }
        return DiagnosticList(collector.sorted)
    }

    private static func node(at path: ArraySlice<FieldPath.Component>, in node: Node) -> Node? {
        guard let first = path.first else { return node }
        switch first {
        case .key(let key):
            guard let value = node.mapping?.first(where: { $0.key.scalar?.string == key })?.value else { return nil }
            return self.node(at: path.dropFirst(), in: value)
        case .index(let index):
            guard let items = node.sequence.map(Array.init), items.indices.contains(index) else { return nil }
            return self.node(at: path.dropFirst(), in: items[index])
        }
    }
}
