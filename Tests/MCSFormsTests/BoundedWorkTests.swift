import Foundation
import Testing
@testable import MCSForms

/// Bounded work per record: a few hundred hostile bytes cost milliseconds, never gigabytes, and the
/// batch says why it refused them.
@Suite struct BoundedWorkTests {
    /// 454 bytes that expand to 9⁹ values, and one level more.
    static func aliasBomb(levels: Int) -> String {
        var lines = ["- form: approval", "  a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...levels {
            lines.append("  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [8, 9])
    func aliasesAreRefusedInTheBatch(levels: Int) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bomb = try BatchSupport.write(Self.aliasBomb(levels: levels), named: "bomb.yaml", in: folder)
        let good = try BatchSupport.write(BatchSupport.notice(1), named: "good.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try ExternalTool.run("timeout", ["20", CLITests.binary, "batch", bomb, good, "--out-dir", out.path],
                                          environment: BatchSupport.environment)
        #expect(result.status == 64, "\(result.errors)")
        #expect(result.errors.contains("bomb.yaml:3:") && result.errors.contains("別名（&名前 と *名前）は使えません"), "\(result.errors)")
        #expect(try BatchSupport.manifest(in: out).records.map(\.status) == [.failed, .rendered])
    }

    @Test func aValueFarLongerThanAnyBoxIsRefusedAtOnce() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = BatchSupport.notice(1).replacingOccurrences(of: "古川1診療所", with: String(repeating: "長", count: 300_000))
        let input = try BatchSupport.write(long + "\n" + BatchSupport.notice(2), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try ExternalTool.run("timeout", ["20", CLITests.binary, "batch", input, "--out-dir", out.path],
                                          environment: BatchSupport.environment)
        #expect(result.status == 64)
        #expect(result.errors.contains("[1] office.name: 長すぎます（300000 文字）"), "\(result.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.allSatisfy { $0.utf8.count < 255 }, "\(names)")
    }

    @Test func jobsAreCappedAtTheCoresAndTheRecords() throws {
        var options = BatchOptions(inputs: [], directory: URL(fileURLWithPath: "/nonexistent"))
        options.workers = 64
        let workers = BatchWorkers(options: options, fontSubsets: nil, redaction: .init())
        #expect(workers.workerCount(for: 1) == 1)
        #expect(workers.workerCount(for: 1000) == ProcessInfo.processInfo.activeProcessorCount)
        options.workers = 1
        #expect(BatchWorkers(options: options, fontSubsets: nil, redaction: .init()).workerCount(for: 1000) == 1)
    }
}
