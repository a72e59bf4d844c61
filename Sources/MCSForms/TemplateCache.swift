import Core
import Foundation
import FormInput
import FormLayout

/// The templates of the process, each read and checked once (however many printers a batch makes),
/// and the pages they include (`PageInclude`), each read and checked the first time it is printed.
///
/// A template is checked when it is read: its keys and element kinds by the reader, and everything it
/// names by the linter against what the display stage can give and the fonts the manifest lists. A
/// template that fails either is not used: its problems are thrown, each at its file and line.
enum TemplateCache {
    private static let lock = NSLock()
    private nonisolated(unsafe) static var templates: [String: FormTemplate] = [:]
    private nonisolated(unsafe) static var includedPages: [String: [PageTemplate]] = [:]

    /// The template in `file`, checked by `linter`.
    static func template(in file: URL, linter: TemplateLinter) throws -> FormTemplate {
        try lock.withLock {
            if let template = templates[file.path] { return template }
            let template = try TemplateFile.template(at: file)
            try refuse(linter.problems(in: template), in: file)
            templates[file.path] = template
            return template
        }
    }

    /// The pages in `file`, included by a template of sheets of `pageSize`, checked by `linter`.
    static func pages(in file: URL, linter: TemplateLinter, pageSize: Size) throws -> [PageTemplate] {
        try lock.withLock {
            if let pages = includedPages[file.path] { return pages }
            let pages = try TemplateFile.pages(at: file)
            try refuse(linter.problems(in: pages, pageSize: pageSize), in: file)
            includedPages[file.path] = pages
            return pages
        }
    }

    private static func refuse(_ problems: [Diagnostic], in file: URL) throws {
        guard problems.isEmpty else { throw DiagnosticReport(file: file.path, list: DiagnosticList(problems)) }
    }
}
