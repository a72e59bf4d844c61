import Core
import Foundation
import FormInput
import FormLayout

/// The templates of the process, each read and checked once (however many printers a batch makes).
///
/// A template is checked when it is read: its keys and element kinds by the reader, and everything it
/// names by the linter against what the display stage can give and the fonts the manifest lists. A
/// template that fails either is not used: its problems are thrown, each at its file and line.
enum TemplateCache {
    private static let lock = NSLock()
    private nonisolated(unsafe) static var templates: [String: FormTemplate] = [:]

    /// The template in `file`, checked by `linter`.
    static func template(in file: URL, linter: TemplateLinter) throws -> FormTemplate {
        try lock.withLock {
            if let template = templates[file.path] { return template }
            let template = try TemplateFile.template(at: file)
            let problems = linter.problems(in: template)
            guard problems.isEmpty else { throw DiagnosticReport(file: file.path, list: DiagnosticList(problems)) }
            templates[file.path] = template
            return template
        }
    }
}
