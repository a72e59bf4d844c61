import Foundation
import Testing
@testable import MCSForms

/// `--resume` keeps a PDF only when its input, passwords and settings are those it was printed from.
@Suite struct BatchResumeTests {
    @Test func aChangedInputPasswordOrProfileIsPrintedAgain() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let merged = folder.appendingPathComponent("all.pdf")
        func run(_ lines: [String], _ extra: [String] = []) throws -> [BatchManifest.Status] {
            let input = try BatchSupport.write(lines.joined(separator: "\n"), named: "in.jsonl", in: folder)
            let result = try BatchSupport.run([input, "--out-dir", out.path, "--resume", "--merge", merged.path] + extra)
            #expect(result.status == 0, "\(result.errors)")
            return try BatchSupport.manifest(in: out).records.map(\.status)
        }
        let notices = (1...3).map { BatchSupport.notice($0) }
        #expect(try run(notices) == [.rendered, .rendered, .rendered])
        #expect(try run(notices) == [.kept, .kept, .kept])
        var changed = notices
        changed[1] = BatchSupport.notice(2, password: "Wd4nHs8eKb3y")
        changed[2] = notices[2].replacingOccurrences(of: "大崎 一郎\", \"applicationDate", with: "大崎 二郎\", \"applicationDate")
        #expect(try run(changed) == [.kept, .rendered, .rendered])
        let pdf = try PDFText(pdf: Data(contentsOf: out.appendingPathComponent("0002-古川2診療所.pdf")))
        #expect(pdf.contains("Wd4nHs8eKb3y") && !pdf.contains("Rk7mPq2vXa9t"))
        let profile = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/data/profile.yaml"), encoding: .utf8)
        let other = try BatchSupport.write(profile.replacingOccurrences(of: "鎌田 修二", with: "大崎 太郎"), named: "profile.yaml", in: folder)
        #expect(try run(changed, ["--profile", other]) == [.rendered, .rendered, .rendered])
        let print = try PDFText(pdf: Data(contentsOf: merged))
        #expect(print.contains("大崎 太郎") && print.contains("Wd4nHs8eKb3y") && !print.contains("鎌田"))
    }

    /// Generated passwords are reused on resume, so the kept PDFs, the print file and `passwords.csv` agree.
    @Test func generatedPasswordsAgreeEverywhereAfterAResume() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let merged = folder.appendingPathComponent("all.pdf")
        let input = try BatchSupport.write((1...3).map { BatchSupport.notice($0, password: nil) }.joined(separator: "\n"),
                                           named: "in.jsonl", in: folder)
        let arguments = [input, "--out-dir", out.path, "--generate-passwords", "--merge", merged.path]
        #expect(try BatchSupport.run(arguments).status == 0)
        let first = try BatchSupport.passwordBook(in: out)
        try FileManager.default.removeItem(at: out.appendingPathComponent("0002-古川2診療所.pdf"))
        #expect(try BatchSupport.run(arguments + ["--resume"]).status == 0)
        #expect(try BatchSupport.manifest(in: out).records.map(\.status) == [.kept, .rendered, .kept])
        let book = try BatchSupport.passwordBook(in: out)
        #expect(book == first && book.count == 3)
        let print = try PDFText(pdf: Data(contentsOf: merged))
        for (number, entry) in book.enumerated() {
            #expect(print.contains(entry.password))
            let single = try PDFText(pdf: Data(contentsOf: out.appendingPathComponent("000\(number + 1)-古川\(number + 1)診療所.pdf")))
            #expect(single.contains(entry.password) && single.contains(entry.mcsId))
        }
    }
}
