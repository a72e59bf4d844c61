import Core
import Foundation
import FormModels

/// Decodes a form's input file (YAML or JSON, the same keys in both) into its typed model.
///
/// The form is taken from `form:`. Every problem of the file is collected (syntax, unknown keys with the
/// nearest known key suggested, wrong types, missing required values, impossible dates, 別表 codes,
/// cross-field rules) and thrown together as one `DiagnosticList`, each with its field path, line and
/// column. Text is kept exactly as written, scalar by scalar. No input makes it crash.
public struct InputDecoder: Sendable {
    /// 別表1 and 別表2, against which `facilityType` and `occupation` are checked.
    public let tables: CodeTables

    public init(tables: CodeTables) {
        self.tables = tables
    }

    /// Decodes the text of an input file.
    public func decode(_ text: String) throws(DiagnosticList) -> FormDocument {
        let collector = DiagnosticCollector()
        let document = DocumentParser.root(of: text, collector: collector)?.mapping(readForm) ?? nil
        try collector.throwIfAny()
        guard let document else { throw DiagnosticList([Diagnostic(path: .root, message: Wording.emptyInput)]) }
        return document
    }

    /// Decodes the bytes of an input file, which must be UTF-8.
    public func decode(data: Data) throws(DiagnosticList) -> FormDocument {
        let collector = DiagnosticCollector()
        guard let text = DocumentParser.text(of: data, collector: collector) else { throw DiagnosticList(collector.sorted) }
        return try decode(text)
    }

    private func readForm(_ file: MappingReader) -> FormDocument? {
        guard let kind = file.required("form")?.choice(FormKind.self) else {
            file.skipUnknownKeys()
            return nil
        }
        switch kind {
        case .application: return .application(ApplicationForm(reading: file, tables: tables))
        case .approval: return .approval(ApprovalNotice(reading: file))
        case .withdrawal: return .withdrawal(WithdrawalNotice(reading: file))
        case .consent: return .consent(ConsentForm(reading: file))
        }
    }
}
