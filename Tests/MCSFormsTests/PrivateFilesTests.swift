import Foundation
import Testing
@testable import MCSForms

/// Files that hold passwords are private wherever they are written, and the process never dumps core.
@Suite struct PrivateFilesTests {
    @Test(arguments: [("approval.yaml", 0o600), ("consent.yaml", 0o644)])
    func renderWritesFilesWithPasswordsForTheOwnerOnly(example: String, mode: Int) throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("out.pdf").path, dump = folder.appendingPathComponent("out.txt").path
        let result = try ExternalTool.run(CLITests.binary, [
            "render", Fixtures.examples.appendingPathComponent(example).path, "-o", pdf,
            "--png", folder.appendingPathComponent("page").path, "--dump", dump,
        ])
        #expect(result.status == 0, "\(result.errors)")
        for path in [pdf, dump, folder.appendingPathComponent("page-1.png").path] {
            #expect(try BatchSupport.mode(path) == mode, "\(path)")
        }
        let text = try String(contentsOfFile: dump, encoding: .utf8)
        #expect(!["Rk7mPq2vXa9t", "Wd4nHs8eKb3y", "Tz6cMf2uRp9j"].contains(where: text.contains))
        #expect(text.contains("@users[0].password ****") == (mode == 0o600))
    }

    /// While the command waits for its input (a pipe no one has written to yet), it already may not dump
    /// core (its limits say 0); the form written afterwards is then read and checked as any file.
    @Test func theCommandForbidsCoreDumpsBeforeReadingInput() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("in.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["validate", fifo]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var limit: String?
        for _ in 0..<300 where limit == nil {
            Thread.sleep(forTimeInterval: 0.01)
            let limits = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/limits", encoding: .utf8)) ?? ""
            limit = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") && $0.contains(" 0 ") }.map(String.init)
        }
        // Opened without blocking: it succeeds once the command has opened the pipe to read it.
        var writer: Int32 = -1
        for _ in 0..<300 where writer < 0 {
            writer = open(fifo, O_WRONLY | O_NONBLOCK)
            if writer < 0 { Thread.sleep(forTimeInterval: 0.01) }
        }
        #expect(writer >= 0, "the command never opened its input")
        if writer >= 0 {
            let form = try Data(contentsOf: Fixtures.examples.appendingPathComponent("consent.yaml"))
            #expect(form.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) } == form.count)
            close(writer)
        }
        process.waitUntilExit()
        #expect(limit != nil, "the core file size limit was never 0")
        #expect(process.terminationStatus == 0)
    }

    @Test func forbiddingCoreDumpsHolds() {
        ProcessPrivacy.forbidCoreDumps()
        #expect(!ProcessPrivacy.mayDumpCore)
    }
}
