import Foundation
import FormModels

/// What a batch's PDF depends on, hashed, so that `--resume` keeps a PDF only when nothing it was made
/// from has changed since: the record's decoded input (passwords included) and the run's settings (the
/// organization profile, the templates, the 別表 data, the font list, the cover letter, the typeface).
///
/// The hash is SHA-256 over the record as canonical JSON after the settings' own hash; it is kept in
/// the manifest, which lies in the batch's private folder beside the PDFs themselves.
enum RecordHash {
    /// The hash of the files every record of a run is printed with.
    static func settings(of options: BatchOptions) throws -> String {
        let resources = options.resources
        let folders = [options.templates ?? resources.templates, resources.data]
        var files = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
        }
        files += [options.profile ?? resources.defaultProfile, resources.fontManifest]
        var data = Data(options.coverLetter.map { $0.envelopeGuide ? "cover letter with guide" : "cover letter" }?.utf8 ?? "".utf8) + [0]
        data += Data((options.typeface ?? "").utf8) + [0]
        for file in files {
            data += Data(file.lastPathComponent.utf8) + [0]
            data += (try? Data(contentsOf: file)) ?? Data()
            data += [0]
        }
        return FileHash.sha256(of: data)
    }

    /// The hash of one record printed with `settings`.
    static func of(_ document: FormDocument, settings: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let payload = (try? encoder.encode(document.values)) ?? Data()
        return FileHash.sha256(of: Data("\(settings)\0\(document.kind.rawValue)\0".utf8) + payload)
    }
}
