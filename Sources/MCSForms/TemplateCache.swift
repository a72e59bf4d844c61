import Foundation
import FormTemplates

/// The templates of the process, each read and checked once (however many printers a batch makes).
///
/// A template is checked when it is read: its keys and element kinds by the decoder, and everything it
/// names by the linter against what the display stage can give and the fonts the manifest lists. A
/// template that fails either is not used: its problems are thrown, each at its file and line.
enum TemplateCache {
    private static let lock = NSLock()
    private nonisolated(unsafe) static var templates: [String: FormTemplate] = [:]

    /// The template in `file`, checked by `linter`.
    static func template(in file: URL, linter: TemplateLinter) throws -> FormTemplate {
        try lock.withLock {
            if let template = templates[file.path] { return template }
            let template = try TemplateLoader.load(file: file)
            let problems = linter.problems(in: template, file: file.path)
            guard problems.isEmpty else { throw DataFileProblems(problems) }
            templates[file.path] = template
            return template
        }
    }
}
