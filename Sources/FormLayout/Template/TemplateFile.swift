import Core
import FormInput
import Foundation

/// Reads the project's own YAML data files (templates, the font list) strictly, with the input stage's
/// readers: a key nobody asked for (a typo: `sise:` for `size:`, with the key it was probably meant to
/// be), a missing key, a value of the wrong shape and an alias each refuse the file, every problem at
/// its file, line and key (`DiagnosticReport`).
public enum TemplateFile {
    /// The template in `url`.
    public static func template(at url: URL) throws(DiagnosticReport) -> FormTemplate {
        try read(url) { FormTemplate(reading: $0) }
    }

    /// The template written in `text`; `file` names it in problems.
    public static func template(file: String, text: String) throws(DiagnosticReport) -> FormTemplate {
        try read(text: text, file: file) { FormTemplate(reading: $0) }
    }

    /// The pages of the file at `url` that a template includes (`PageInclude`): `pages:` and nothing else.
    public static func pages(at url: URL) throws(DiagnosticReport) -> [PageTemplate] {
        try read(url) { file in file.required("pages")?.items { $0.mapping(PageTemplate.init(reading:)) ?? nil } }
    }

    /// The value `body` reads from the root mapping of the file at `url`.
    static func read<Value>(_ url: URL, _ body: (MappingReader) -> Value?) throws(DiagnosticReport) -> Value {
        let collector = DiagnosticCollector()
        let data: Data
        do {
            data = try InputFile.data(atPath: url.path, limit: InputLimits.fileBytes)
        } catch {
            throw DiagnosticReport(file: url.path, list: error)
        }
        guard let text = DocumentParser.text(of: data, collector: collector) else {
            throw DiagnosticReport(file: url.path, list: DiagnosticList(collector.sorted))
        }
        return try read(text: text, file: url.path, body)
    }

    /// The value `body` reads from the root mapping of `text`.
    static func read<Value>(text: String, file: String, _ body: (MappingReader) -> Value?) throws(DiagnosticReport) -> Value {
        let collector = DiagnosticCollector()
        let value = DocumentParser.root(of: text, collector: collector)?.mapping(body) ?? nil
        guard collector.diagnostics.isEmpty, let value else {
            let diagnostics = collector.diagnostics.isEmpty ? [Diagnostic(path: .root, problem: .emptyInput)] : collector.sorted
            throw DiagnosticReport(file: file, list: DiagnosticList(diagnostics))
        }
        return value
    }
}
