import Foundation

/// Where mcs-forms finds its data: `Templates/` (with `Templates/data/`) and `Fonts/fonts.yaml`.
///
/// The folders live at the top of the project, next to `Package.swift`. They are found, in order,
/// from the `MCS_FORMS_HOME` environment variable, or from the location of this source file (the
/// project a binary was built from).
public struct ResourceLocation: Sendable {
    /// The project folder holding `Templates/` and `Fonts/`.
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The project folder named by `MCS_FORMS_HOME`, or the one this binary was built from.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ResourceLocation {
        if let home = environment["MCS_FORMS_HOME"], !home.isEmpty {
            return ResourceLocation(root: URL(fileURLWithPath: home, isDirectory: true))
        }
        let source = URL(fileURLWithPath: #filePath)
        return ResourceLocation(root: source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
    }

    public var templates: URL { root.appendingPathComponent("Templates", isDirectory: true) }
    public var data: URL { templates.appendingPathComponent("data", isDirectory: true) }
    public var fontManifest: URL { root.appendingPathComponent("Fonts/fonts.yaml") }
    public var defaultProfile: URL { data.appendingPathComponent("profile.yaml") }
}
