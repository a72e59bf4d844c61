import Core
import Foundation
import FormModels
import Yams

/// Decodes a form's input file (YAML or JSON, the same keys in both) into its typed model.
///
/// The form is taken from `form:`. Every problem of the file is collected (syntax, unknown keys with the
/// nearest known key suggested, wrong types, missing required values, impossible dates, 別表 codes,
/// cross-field rules) and thrown together as one `DiagnosticList`, each with its field path, line and
/// column. Text is kept exactly as written, scalar by scalar. No input makes it crash, and no problem
/// shows a password: every password written in the input is redacted from them (`Redaction`).
public struct InputDecoder: Sendable {
    /// 別表1 and 別表2, against which `facilityType` and `occupation` are checked: read only for a form
    /// that has such a value.
    public let tables: CodeTableSource

    public init(tables: CodeTableSource) {
        self.tables = tables
    }

    /// A decoder with the tables already read.
    public init(tables: CodeTables) {
        self.init(tables: CodeTableSource(tables))
    }

    /// Decodes the text of an input file.
    public func decode(_ text: String) throws(DiagnosticList) -> FormDocument {
        let collector = DiagnosticCollector()
        guard let root = DocumentParser.root(of: text, collector: collector) else {
            throw DiagnosticList(collector.sorted.map(Redaction().apply))
        }
        return try read(root, redaction: Redaction(InputSecrets.values(in: root.node)), collector: collector)
    }

    /// Decodes the bytes of an input file, which must be UTF-8.
    public func decode(data: Data) throws(DiagnosticList) -> FormDocument {
        let collector = DiagnosticCollector()
        guard let text = DocumentParser.text(of: data, collector: collector) else { throw DiagnosticList(collector.sorted) }
        return try decode(text)
    }

    /// Decodes one record already parsed from a larger file (a batch), whose problems keep the places of
    /// `node`; `redaction` holds the passwords of the whole batch (`InputSecrets` of every record, this
    /// one's among them), which the record's messages must not show.
    public func decode(node: Node, redaction: Redaction) throws(DiagnosticList) -> FormDocument {
        let collector = DiagnosticCollector()
        if let problem = InputTree.problem(in: node) { throw DiagnosticList([redaction.apply(problem)]) }
        let root = ValueReader(node: node, path: .root, collector: collector)
        return try read(root, redaction: redaction, collector: collector)
    }

    /// The values of an input read as `contract`, which may be a form's own or one being tried out.
    package func decode(_ text: String, as contract: FormContract) throws(DiagnosticList) -> ContractValues {
        let collector = DiagnosticCollector()
        let redaction = Redaction()
        let reader = ContractReader(tables: try tables.tables(for: contract))
        guard let root = DocumentParser.root(of: text, collector: collector),
              let values = root.mapping({ reader.read($0, as: contract) }), collector.diagnostics.isEmpty
        else { throw redaction.apply(DiagnosticList(collector.sorted)) }
        return values
    }

    /// The passwords written in an input file, to be redacted from whatever is reported about it later.
    public func redaction(of data: Data) -> Redaction {
        let collector = DiagnosticCollector()
        guard let root = DocumentParser.text(of: data, collector: collector).flatMap({ DocumentParser.root(of: $0, collector: collector) })
        else { return Redaction() }
        return Redaction(InputSecrets.values(in: root.node))
    }

    private func read(_ root: ValueReader, redaction: Redaction, collector: DiagnosticCollector) throws(DiagnosticList) -> FormDocument {
        let named = root.node[FormContract.formKey]?.scalar.flatMap { FormKind(rawValue: $0.string) }
        let tables = try named.flatMap { kind throws(DiagnosticList) in try self.tables.tables(for: .of(kind)) }
        let document = root.isNull ? nil : root.mapping { readForm($0, tables: tables) } ?? nil
        if root.isNull { collector.report(.emptyInput, at: .root) }
        guard collector.diagnostics.isEmpty, let document else {
            let diagnostics = collector.diagnostics.isEmpty ? [Diagnostic(path: .root, problem: .emptyInput)] : collector.sorted
            throw DiagnosticList(diagnostics.map(redaction.apply))
        }
        return document
    }

    /// The form named by `form:`; `tables` are the 別表 when that form refers to them.
    private func readForm(_ file: MappingReader, tables: CodeTables?) -> FormDocument? {
        guard let kind = file.required(FormContract.formKey)?.choice(FormKind.self) else {
            file.skipUnknownKeys()
            return nil
        }
        let values = ContractReader(tables: tables).read(file, as: .of(kind))
        return FormDocument(kind: kind, values: values)
    }
}
