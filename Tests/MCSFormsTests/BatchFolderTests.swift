import Foundation
import Testing
@testable import MCSForms

/// One run per folder, a folder never loosened or tightened behind its owner's back, nothing of the
/// user's deleted, and a print file that can overwrite nothing the batch reads or writes.
@Suite struct BatchFolderTests {
    @Test func aSecondRunOnAFolderInUseIsRefused() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let held = try BatchFolder(out)
        let input = try BatchSupport.write(BatchSupport.notice(1), named: "in.jsonl", in: folder)
        let second = try BatchSupport.run([input, "--out-dir", out.path])
        #expect(second.status != 0 && second.errors.contains("別の batch が動いています"), "\(second.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        _ = held
    }

    /// Two batches started on one folder: the second is refused, and what the first leaves agrees.
    @Test func twoBatchesOnOneFolder() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let first = try BatchSupport.write((1...40).map { BatchSupport.notice($0, password: nil) }.joined(separator: "\n"),
                                           named: "first.jsonl", in: folder)
        let second = try BatchSupport.write((41...45).map { BatchSupport.notice($0, password: nil) }.joined(separator: "\n"),
                                            named: "second.jsonl", in: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["batch", first, "--out-dir", out.path, "--generate-passwords"]
        process.environment = BatchSupport.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var refused: ExternalTool.Result?
        for _ in 0..<200 where refused == nil && process.isRunning {
            Thread.sleep(forTimeInterval: 0.01)
            guard FileManager.default.fileExists(atPath: out.path) else { continue }
            refused = try BatchSupport.run([second, "--out-dir", out.path, "--generate-passwords"])
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let result = try #require(refused, "the first run ended before the second could start")
        #expect(result.status != 0 && result.errors.contains("別の batch が動いています"), "\(result.errors)")
        let manifest = try BatchSupport.manifest(in: out)
        let book = try BatchSupport.passwordBook(in: out)
        #expect(manifest.records.count == 40 && book.count == 40)
        #expect(Set(book.map(\.mcsId)) == Set((1...40).map { "u\($0)@example.jp" }))
        for (entry, password) in zip(manifest.records, book) {
            let text = try PDFText(pdf: Data(contentsOf: out.appendingPathComponent(try #require(entry.file))))
            #expect(text.contains(password.password) && text.contains(password.mcsId))
        }
    }

    @Test(arguments: [0o755, 0o700, 0o750])
    func anExistingFolderKeepsItsModeAndTheUsersFiles(mode: Int) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        chmod(out.path, mode_t(mode))
        let mine = [".notes.csv.backup", ".a.pdf.123456", "notes.txt", ".x.pdf.partial"]
        for name in mine { try Data("mine".utf8).write(to: out.appendingPathComponent(name)) }
        try Data("left".utf8).write(to: out.appendingPathComponent(".0001-古川1診療所.pdf.partial-Ab12Cd"))
        let input = try BatchSupport.write(BatchSupport.notice(1), named: "in.jsonl", in: folder)
        let result = try BatchSupport.run([input, "--out-dir", out.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try BatchSupport.mode(out.path) == mode)
        #expect(result.errors.contains("所有者以外も開けるフォルダ") == (mode != 0o700), "\(result.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(mine.allSatisfy(names.contains), "\(names)")
        #expect(!names.contains { $0.contains(".partial-") }, "\(names)")
    }

    @Test func aNewFolderIsPrivate() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("a/b/out")
        let input = try BatchSupport.write(BatchSupport.notice(1), named: "in.jsonl", in: folder)
        #expect(try BatchSupport.run([input, "--out-dir", out.path]).status == 0)
        #expect(try BatchSupport.mode(out.path) == 0o700)
    }

    @Test(arguments: ["input", "manifest.json", "passwords.csv", "0001-古川1診療所.pdf", "../out/manifest.json", ""])
    func thePrintFileMayNotOverwriteWhatTheBatchUses(target: String) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(BatchSupport.notice(1, password: nil), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let merge = target == "input" ? input : target.isEmpty ? "" : out.appendingPathComponent(target).path
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let result = try BatchSupport.run([input, "--out-dir", out.path, "--merge", merge, "--generate-passwords"])
        #expect(result.status != 0, "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }

    @Test func anEmptyOutputFolderIsRefused() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(BatchSupport.notice(1), named: "in.jsonl", in: folder)
        let result = try BatchSupport.run([input, "--out-dir", ""])
        #expect(result.status == 64 && result.errors.contains("--out-dir"), "\(result.errors)")
    }

    @Test func aMergeLeftoverOfAKilledRunIsCleaned() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(BatchSupport.notice(1), named: "in.jsonl", in: folder)
        let leftover = folder.appendingPathComponent(".all.pdf.partial-x1Y2z3")
        let other = folder.appendingPathComponent(".other.pdf.partial-x1Y2z3")
        for file in [leftover, other] { try Data("half".utf8).write(to: file) }
        let result = try BatchSupport.run([input, "--out-dir", folder.appendingPathComponent("out").path,
                                           "--merge", folder.appendingPathComponent("all.pdf").path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: other.path))
    }
}
