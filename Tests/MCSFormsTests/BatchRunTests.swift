import Foundation
import Testing
@testable import MCSForms

/// `mcs-forms batch` end to end: bad records, file modes, secrecy of passwords, the merged print file.
@Suite struct BatchRunTests {
    @Test func badRecordsAreReportedWithPathsAndTheOthersStillPrint() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [BatchSupport.notice(1), BatchSupport.notice(2, password: "abc"), "{not json", BatchSupport.notice(4)]
        let input = try BatchSupport.write(lines.joined(separator: "\n") + "\n", named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try BatchSupport.run([input, "--out-dir", out.path])
        #expect(result.status == 64)
        let manifest = try BatchSupport.manifest(in: out)
        #expect(manifest.records.map(\.status) == [.rendered, .failed, .failed, .rendered])
        #expect(manifest.records.map(\.line) == [1, 2, 3, 4])
        let bad = try #require(manifest.records[1].errors)
        #expect(bad.contains { $0.path == "users[0].password" && $0.line == 2 })
        #expect(result.errors.contains("in.jsonl:2:"))
        #expect(result.errors.contains("[2] users[0].password"))
        #expect(result.errors.contains("in.jsonl:3:"))
        for entry in manifest.records where entry.status == .rendered {
            let pdf = try Data(contentsOf: out.appendingPathComponent(try #require(entry.file)))
            #expect(FileHash.sha256(of: pdf) == entry.sha256)
        }
    }

    @Test func passwordsStayInTheirPDFsWhichOnlyTheOwnerReads() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [BatchSupport.notice(1), BatchSupport.notice(2, password: nil), BatchSupport.notice(3, password: "Rk7mPq2v")]
        let input = try BatchSupport.write(lines.joined(separator: "\n"), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try BatchSupport.run([input, "--out-dir", out.path, "--generate-passwords"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try BatchSupport.mode(out.path) == 0o700)
        #expect(try BatchSupport.mode(out.appendingPathComponent("passwords.csv").path) == 0o600)
        let manifest = try BatchSupport.manifest(in: out)
        for entry in manifest.records {
            #expect(try BatchSupport.mode(out.appendingPathComponent(try #require(entry.file)).path) == 0o600)
        }
        let book = try BatchSupport.passwordBook(in: out)
        #expect(book.map(\.mcsId) == ["u2@example.jp"])
        let generated = try #require(book.first?.password)
        let manifestText = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        for secret in ["Rk7mPq2vXa9t", "Rk7mPq2v", generated] {
            #expect(!result.output.contains(secret) && !result.errors.contains(secret) && !manifestText.contains(secret))
        }
        let second = try PDFText(pdf: Data(contentsOf: out.appendingPathComponent(try #require(manifest.records[1].file))))
        #expect(second.contains(generated))
    }

    @Test func aRejectedPasswordIsNeverEchoed() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(BatchSupport.notice(1, password: "aaaa1111bbbb"), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try BatchSupport.run([input, "--out-dir", out.path])
        #expect(result.status == 64)
        let manifestText = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifestText.contains("users[0].password"))
        #expect(!result.errors.contains("aaaa1111bbbb") && !result.output.contains("aaaa1111bbbb"))
        #expect(!manifestText.contains("aaaa1111bbbb"))
    }

    @Test func theMergedFileHoldsTheSamePagesAsTheSeparateOnes() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let examples = try ["approval-rejected.yaml", "application-13.yaml"].map {
            try String(contentsOf: Fixtures.examples.appendingPathComponent($0), encoding: .utf8)
        }
        let notices = try BatchSupport.write(examples.joined(separator: "\n---\n"), named: "docs.yaml", in: folder)
        let out = folder.appendingPathComponent("out")
        let merged = folder.appendingPathComponent("all.pdf")
        let result = try BatchSupport.run([notices, "--out-dir", out.path, "--merge", merged.path, "--duplex"])
        #expect(result.status == 0, "\(result.errors)")
        let entries = try BatchSupport.manifest(in: out).records
        let mergedPDF = try Data(contentsOf: merged)
        #expect(entries.map(\.pages) == [1, 3])
        var page = 1
        for entry in entries {
            let single = try Data(contentsOf: out.appendingPathComponent(try #require(entry.file)))
            let pages = try #require(entry.pages)
            for number in 1...pages {
                #expect(try PDFText(pdf: single, page: number).raw == PDFText(pdf: mergedPDF, page: page + number - 1).raw)
            }
            page += pages + pages % 2
        }
        let info = try ExternalTool.run("pdfinfo", [merged.path]).output.split(separator: "\n")
        #expect(info.first { $0.hasPrefix("Pages:") }?.split(separator: " ").last == "5")
    }
}
