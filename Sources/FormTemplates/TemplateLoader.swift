import Core
import Foundation

/// Reads templates from `Templates/<form>.yaml`.
public enum TemplateLoader {
    /// Loads one template file; a problem names the file, line and key (`DataFileProblems`).
    public static func load(file: URL) throws -> FormTemplate {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw DataFileProblems([DataFileProblem(file: file.path, place: nil, path: "", problem: .unreadableFile(file.path))])
        }
        return try DataFileDecoder.decode(FormTemplate.self, from: text, file: file.path)
    }
}
