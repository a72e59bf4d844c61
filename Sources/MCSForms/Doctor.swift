import Core
import Foundation
import FormLayout
import FormModels

/// What `mcs-forms doctor` checks: the data folder and how it was found, every file the forms read,
/// every face of `Fonts/fonts.yaml` with its file and version, and the versions of cairo, HarfBuzz
/// and FreeType. Gathered once, at `init`; `missing` says what is not there.
public struct Doctor: Sendable {
    /// A file of the data folder.
    public struct DataFile: Sendable {
        /// The path inside the data folder (`Templates/data/profile.yaml`).
        public var name: String
        public var exists: Bool
    }

    /// A face of the font manifest.
    public struct Face: Sendable {
        public var id: String
        public var name: String
        public var file: String
        public var exists: Bool
        /// The font revision of the file's `head` table; nil when it cannot be read as a font.
        public var version: String?
    }

    /// A C library and the version it reports.
    public struct Library: Sendable {
        public var name: String
        public var version: String
    }

    public let resources: ResourceLocation
    public let files: [DataFile]
    /// The faces by id; empty when the manifest cannot be read (`manifestProblem`).
    public let faces: [Face]
    /// Why the font manifest, which is there, cannot be read.
    public let manifestProblem: String?
    public let libraries: [Library]

    /// The files the forms read, inside the data folder: every template, the 別表, the default
    /// organization profile and the font manifest; and the desk's files.
    public static let dataFiles: [String] = FormKind.allCases.map { "Templates/\($0.rawValue).yaml" }
        + ["Templates/cover-letter.yaml", "Templates/data/facility-types.yaml", "Templates/data/occupations.yaml",
           "Templates/data/profile.yaml", "Fonts/fonts.yaml"] + ResourceLocation.deskAssetNames.map { "Templates/desk/\($0)" }

    public init(resources: ResourceLocation = .standard()) {
        self.resources = resources
        files = Self.dataFiles.map { name in
            DataFile(name: name, exists: FileManager.default.isReadableFile(atPath: resources.root.appendingPathComponent(name).path))
        }
        let versions = FontFileVersions()
        do {
            let manifest = try FontManifest.load(resources.fontManifest)
            faces = manifest.faces.sorted { $0.key < $1.key }.map { id, face in
                Face(id: id, name: face.name, file: face.file, exists: FileManager.default.fileExists(atPath: face.file),
                     version: versions.revision(ofFile: face.file, index: face.index ?? 0))
            }
            manifestProblem = nil
        } catch {
            faces = []
            manifestProblem = FileManager.default.fileExists(atPath: resources.fontManifest.path) ? "\(error)" : nil
        }
        libraries = [
            Library(name: "cairo", version: LibraryVersions.cairo),
            Library(name: "HarfBuzz", version: LibraryVersions.harfBuzz),
            Library(name: "FreeType", version: versions.freeTypeVersion ?? "初期化できません"),
        ]
    }

    /// What is missing, one plain sentence each; empty when everything is there. Without a data
    /// folder, only that it was not found and where it was looked for.
    public var missing: [String] {
        if case .missing(let notFound) = resources.origin { return [notFound.description] }
        var missing = files.filter { !$0.exists }.map { file in
            "ファイルがありません: " + TerminalText.escaped(resources.root.appendingPathComponent(file.name).path)
        }
        if let manifestProblem { missing.append("Fonts/fonts.yaml を読めません: \(manifestProblem)") }
        for face in faces where face.version == nil {
            let problem = face.exists ? "字体ファイルを読めません" : "字体ファイルがありません"
            missing.append("\(problem): \(face.file)（\(face.id) \(face.name)）")
        }
        return missing
    }
}
