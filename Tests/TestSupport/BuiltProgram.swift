import Foundation

/// The `mcs-forms` program built next to the test bundle (`swift build --build-tests` builds both).
public enum BuiltProgram {
    /// Its path; `.build/debug/mcs-forms` of the project at `root` when it is not beside the bundle.
    public static func mcsForms(projectRoot root: URL) -> String {
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [buildFolder, buildFolder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("mcs-forms").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return root.appendingPathComponent(".build/debug/mcs-forms").path
    }
}
