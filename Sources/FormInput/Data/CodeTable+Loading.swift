import Core
import FormModels
import Foundation

extension CodeTable {
    /// Loads a code list from a YAML or JSON file of the form
    /// `{label: 別表2, title: 職種, entries: [{number: 1, name: 医師, aliases: [...]}, …]}`.
    ///
    /// Entries must be numbered 1, 2, … in order with distinct names; unknown keys are errors.
    public static func load(from url: URL) throws(DiagnosticList) -> CodeTable {
        try DataFile.read(url) { root in root.mapping(read) ?? nil }
    }

    /// Reads a code list from the text of such a file.
    public init(yaml text: String) throws(DiagnosticList) {
        self = try DataFile.parse(text) { root in root.mapping(CodeTable.read) ?? nil }
    }

    private static func read(_ file: MappingReader) -> CodeTable? {
        let label = file.requiredText("label")
        let title = file.requiredText("title")
        let entries = file.required("entries")?.items { item in item.mapping(readEntry) ?? nil } ?? []
        checkNumbering(entries, file: file)
        guard let label, let title else { return nil }
        return CodeTable(label: label, title: title, entries: entries)
    }

    private static func readEntry(_ entry: MappingReader) -> Entry? {
        let number = entry.required("number")?.integer()
        let name = entry.requiredText("name")
        let aliases = entry.optional("aliases")?.items { $0.text() } ?? []
        guard let number, let name else { return nil }
        return Entry(number: number, name: name, aliases: aliases)
    }

    private static func checkNumbering(_ entries: [Entry], file: MappingReader) {
        let path = file.path.appending("entries")
        for (index, entry) in entries.enumerated() where entry.number != index + 1 {
            file.collector.report(.codeNumbering(expected: index + 1), at: path.appending(index: index).appending("number"))
        }
        for (index, entry) in entries.enumerated()
        where entries[..<index].contains(where: { $0.name.unicodeScalars.elementsEqual(entry.name.unicodeScalars) }) {
            file.collector.report(.duplicateCodeName(entry.name), at: path.appending(index: index).appending("name"))
        }
    }
}
