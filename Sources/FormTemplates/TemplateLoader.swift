import Foundation

/// Reads templates from `Templates/<form>.yaml`.
public enum TemplateLoader {
    /// Loads the template of `form` from `directory`.
    public static func load(form: String, from directory: URL) throws -> FormTemplate {
        try load(file: directory.appendingPathComponent("\(form).yaml"))
    }

    /// Loads one template file.
    public static func load(file: URL) throws -> FormTemplate {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try DataFileDecoder.decode(FormTemplate.self, from: text)
    }
}
