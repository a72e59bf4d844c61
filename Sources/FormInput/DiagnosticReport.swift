import Core

/// The problems of one file (an input, a template) as the user reads them, one per line:
/// `app.yaml:14:19: applicants[1].occupation: 45 は別表2の職種番号（1〜44）にありません`.
public struct DiagnosticReport: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var diagnostics: [Diagnostic]

    public init(file: String, list: DiagnosticList) {
        self.file = file
        self.diagnostics = list.diagnostics
    }

    /// The lines, without the last line break.
    public var description: String {
        String(text.dropLast())
    }

    /// One line per diagnostic, each ending in a newline.
    public var text: String {
        diagnostics.map { line(for: $0) + "\n" }.joined()
    }

    private func line(for diagnostic: Diagnostic) -> String {
        var location = file
        if let line = diagnostic.line {
            location += ":\(line)"
            if let column = diagnostic.column { location += ":\(column)" }
        }
        return "\(location): \(diagnostic)"
    }
}
