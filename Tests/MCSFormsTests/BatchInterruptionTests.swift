import Foundation
import Testing
@testable import MCSForms

/// A batch killed with SIGKILL at any moment leaves only whole PDFs, and `--resume` completes it.
@Suite struct BatchInterruptionTests {
    static let count = 30

    @Test(arguments: [0.15, 0.4, 0.8])
    func aKilledRunLeavesWholePDFsAndResumes(after seconds: Double) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (1...Self.count).map { BatchSupport.notice($0) }
        let input = try BatchSupport.write(lines.joined(separator: "\n"), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["batch", input, "--out-dir", out.path, "--jobs", "2"]
        process.environment = BatchSupport.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let left = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        for name in left where name.hasSuffix(".pdf") {
            let check = try ExternalTool.run("qpdf", ["--check", out.appendingPathComponent(name).path])
            #expect(check.status == 0, "\(name) is not a whole PDF: \(check.output)")
        }

        let resumed = try BatchSupport.run([input, "--out-dir", out.path, "--resume"])
        #expect(resumed.status == 0, "\(resumed.errors)")
        let manifest = try BatchSupport.manifest(in: out)
        #expect(manifest.records.count == Self.count)
        #expect(manifest.records.allSatisfy { $0.status != .failed })
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.filter { $0.hasSuffix(".pdf") }.count == Self.count)
        #expect(!names.contains { $0.hasPrefix(".") }, "temporary files are left: \(names)")
        for entry in manifest.records {
            let pdf = try Data(contentsOf: out.appendingPathComponent(try #require(entry.file)))
            #expect(FileHash.sha256(of: pdf) == entry.sha256)
        }
    }

    @Test func resumingAFinishedRunKeepsEveryPDF() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(BatchSupport.notice(1) + "\n" + BatchSupport.notice(2), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        #expect(try BatchSupport.run([input, "--out-dir", out.path]).status == 0)
        try Data("damaged".utf8).write(to: out.appendingPathComponent("0002-古川2診療所.pdf"))
        let resumed = try BatchSupport.run([input, "--out-dir", out.path, "--resume"])
        #expect(resumed.status == 0)
        #expect(try BatchSupport.manifest(in: out).records.map(\.status) == [.kept, .rendered])
    }
}
