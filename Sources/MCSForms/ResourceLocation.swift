import Foundation
import FormModels

/// Where mcs-forms finds its data: `Templates/` (with `Templates/data/`) and `Fonts/fonts.yaml`.
///
/// `standard()` looks for the data from the running binary itself (`/proc/self/exe`, never the
/// current folder), so a binary finds its data wherever it is copied or installed with it. In order:
/// 1. installed: `share/mcs-forms/` beside the binary's folder (`/usr/local/bin/mcs-forms` reads
///    `/usr/local/share/mcs-forms/`);
/// 2. a development build: the project folder holding the build folder, up to three folders above
///    the binary (`.build/release/` or `.build/<triple>/debug/`);
/// 3. the folder named by the `MCS_FORMS_HOME` environment variable.
///
/// A folder holds the data when it has `Templates/` and `Fonts/fonts.yaml`. When none does, the
/// location is `missing`, and `checked()` throws the one-line explanation of every place looked.
public struct ResourceLocation: Sendable {
    /// How the data folder was found.
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        /// `share/mcs-forms/` beside the binary's folder.
        case installed
        /// The project folder of a development build.
        case project
        /// The folder named by `MCS_FORMS_HOME`.
        case environment
        /// Given by the caller.
        case given
        /// No place held the data.
        case missing(DataNotFound)

        /// How the folder was found, in the words `doctor` and the error use.
        public var description: String {
            switch self {
            case .installed: "実行ファイルの隣"
            case .project: "開発用ビルドのプロジェクトフォルダ"
            case .environment: "MCS_FORMS_HOME"
            case .given: "指定されたフォルダ"
            case .missing: "見つかりません"
            }
        }
    }

    /// The folder holding `Templates/` and `Fonts/`.
    public var root: URL
    /// How `root` was found.
    public var origin: Origin

    /// Data in `root`, as given.
    public init(root: URL) {
        self.init(root: root, origin: .given)
    }

    init(root: URL, origin: Origin) {
        self.root = root
        self.origin = origin
    }

    /// The first folder holding the data, looked for from `executable` (the running binary by default),
    /// then from `MCS_FORMS_HOME`; when there is none, a `missing` location whose root is the first
    /// place looked.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executable: URL? = runningExecutable) -> ResourceLocation {
        var places: [DataNotFound.Place] = []
        if let folder = executable?.deletingLastPathComponent() {
            let share = folder.deletingLastPathComponent().appendingPathComponent("share/mcs-forms")
            places.append(.init(folder: share, origin: .installed))
            var parent = folder
            for _ in 1...3 where parent.path != "/" {
                parent = parent.deletingLastPathComponent()
                places.append(.init(folder: parent, origin: .project))
            }
        }
        let home = environment["MCS_FORMS_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
        if let home { places.append(.init(folder: home, origin: .environment)) }
        if let found = places.first(where: { holdsData($0.folder) }) {
            return ResourceLocation(root: found.folder, origin: found.origin)
        }
        let first = places.first?.folder ?? URL(fileURLWithPath: "/usr/share/mcs-forms")
        return ResourceLocation(root: first, origin: .missing(DataNotFound(places: places)))
    }

    /// The running binary, as Linux names it in `/proc/self/exe` (links resolved); nil without `/proc`.
    public static var runningExecutable: URL? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0) }
    }

    /// Whether `folder` has `Templates/` and `Fonts/fonts.yaml`.
    static func holdsData(_ folder: URL) -> Bool {
        var isFolder: ObjCBool = false
        let templates = folder.appendingPathComponent("Templates").path
        return FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder) && isFolder.boolValue
            && FileManager.default.isReadableFile(atPath: folder.appendingPathComponent("Fonts/fonts.yaml").path)
    }

    /// This location, or, when no place held the data, the error saying every place looked.
    @discardableResult
    public func checked() throws(DataNotFound) -> ResourceLocation {
        if case .missing(let missing) = origin { throw missing }
        return self
    }

    public var templates: URL { root.appendingPathComponent("Templates", isDirectory: true) }
    public var data: URL { templates.appendingPathComponent("data", isDirectory: true) }
    public var fontManifest: URL { root.appendingPathComponent("Fonts/fonts.yaml") }
    public var defaultProfile: URL { data.appendingPathComponent("profile.yaml") }
    /// The example a form is filled with as its sample (記入例): `Examples/FORM.yaml`, or `.json`.
    public func sample(for kind: FormKind) -> URL {
        let yaml = root.appendingPathComponent("Examples/\(kind.rawValue).yaml")
        let json = root.appendingPathComponent("Examples/\(kind.rawValue).json")
        return FileManager.default.fileExists(atPath: yaml.path) || !FileManager.default.fileExists(atPath: json.path) ? yaml : json
    }

    /// The desk's style sheet, script and icon (`deskAssetNames`).
    public var deskAssets: URL { templates.appendingPathComponent("desk", isDirectory: true) }
    /// The files of `deskAssets`, which the desk serves under `/assets/`.
    public static let deskAssetNames = ["desk.css", "desk.js", "icon.svg"]
}
