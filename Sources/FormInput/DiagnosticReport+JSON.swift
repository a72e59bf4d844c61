import Core

extension DiagnosticReport {
    /// The diagnostics as JSON objects `{file, line, column, path, message, hint}`, every key always present
    /// (`null` when a diagnostic has no place or hint; `path` is `""` for the whole file).
    public var jsonObjects: [JSONValue] {
        diagnostics.map { diagnostic in
            .object([
                ("file", .string(file)),
                ("line", diagnostic.line.map(JSONValue.integer) ?? .null),
                ("column", diagnostic.column.map(JSONValue.integer) ?? .null),
                ("path", .string(diagnostic.path.description)),
                ("message", .string(diagnostic.message)),
                ("hint", .optional(diagnostic.hint)),
            ])
        }
    }
}
