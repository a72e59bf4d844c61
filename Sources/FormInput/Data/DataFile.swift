import FormModels
import Core
import Foundation

/// Reads the project's YAML or JSON data files strictly: all problems of a file are thrown together.
package enum DataFile {
    /// Reads the file at `url` with `body`.
    package static func read<Value>(_ url: URL, _ body: (ValueReader) -> Value?) throws(DiagnosticList) -> Value {
        let collector = DiagnosticCollector()
        let data = try InputFile.data(atPath: url.path, limit: InputLimits.fileBytes)
        guard let text = DocumentParser.text(of: data, collector: collector) else {
            throw DiagnosticList(collector.sorted)
        }
        return try parse(text, body)
    }

    /// Reads the text of a data file with `body`.
    package static func parse<Value>(_ text: String, _ body: (ValueReader) -> Value?) throws(DiagnosticList) -> Value {
        let collector = DiagnosticCollector()
        let value = DocumentParser.root(of: text, collector: collector).flatMap(body)
        try collector.throwIfAny()
        guard let value else { throw DiagnosticList([Diagnostic(path: .root, problem: .missing)]) }
        return value
    }
}
