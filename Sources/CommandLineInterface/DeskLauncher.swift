import Core
import Foundation

/// Starts the desk from `mcs-forms`: replaces this process with `mcs-forms-desk` beside it, given the
/// same command line, so that the printing program carries no web server (docs/performance.md).
public enum DeskLauncher {
    /// The desk program's file name, beside `mcs-forms` in every build and installation.
    static let programName = "mcs-forms-desk"

    /// Where `mcs-forms-desk` is: beside the running program.
    static var programPath: String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(programName).path
    }

    /// Runs `mcs-forms-desk` with this process's arguments; returns only by throwing when it cannot.
    public static func exec(_: ServeOptions) throws {
        let desk = programPath
        guard FileManager.default.isExecutableFile(atPath: desk) else { throw Missing(path: desk) }
        let arguments = [desk] + CommandLine.arguments.dropFirst()
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(desk, &pointers)
        throw Missing(path: desk)
    }

    /// `mcs-forms-desk` is not beside `mcs-forms`, or could not be started.
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { ProblemWording.message(.deskProgramMissing(path)) }
    }
}
