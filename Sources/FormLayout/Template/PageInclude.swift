import Core
import FormInput

/// Pages kept in a file of their own beside the template, read only by a process that prints them:
/// `- { include: cover-letter.yaml, when: coverLetter }` among a template's pages puts the pages of
/// `cover-letter.yaml` there when the condition holds, and a process printing plain notices never
/// reads that file (docs/performance.md, "Start-up"). The file holds `pages:` only, and is checked
/// like a template when it is first read.
public struct PageInclude: Sendable {
    /// The file's name, in the template's own folder.
    public var file: String
    /// When the included pages are printed.
    public var condition: Condition
    /// How many of the template's own pages come before the included ones (set by the template).
    public var position: Int
    /// Where the include is written in its template file.
    public var place: TemplatePlace?

    init?(reading entry: MappingReader) {
        condition = Condition(reading: entry)
        place = entry.value.place
        position = 0
        guard let value = entry.required("include"), let file = value.text() else { return nil }
        guard Self.isFileName(file) else {
            value.report(.includeNotInFolder(file))
            return nil
        }
        self.file = file
    }

    /// Whether `name` names a YAML file in the template's folder, not a path elsewhere.
    static func isFileName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
    }
}

extension FormTemplate {
    /// The template with the pages of each include whose condition holds in `conditions`, as `pages(include)`
    /// reads them, in the include's place; the others are left out unread.
    public func including(where conditions: Set<String>, _ pages: (PageInclude) throws -> [PageTemplate]) rethrows -> FormTemplate {
        guard !includes.isEmpty else { return self }
        var resolved = self
        resolved.includes = []
        var inserted = 0
        for include in includes where include.condition.holds(in: conditions) {
            let added = try pages(include)
            resolved.pages.insert(contentsOf: added, at: include.position + inserted)
            inserted += added.count
        }
        return resolved
    }
}
