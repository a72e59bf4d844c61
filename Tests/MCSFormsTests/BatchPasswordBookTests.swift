import Core
import Foundation
import Testing
@testable import MCSForms

/// No chosen passwords, no formula injection: `passwords.csv` holds only what validated, quoted and
/// neutralised, and is read back for `--resume` strictly.
@Suite struct BatchPasswordBookTests {
    @Test func onlyRecordsThatValidatedAreWrittenQuotedAndNeutralised() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            BatchSupport.notice(1, password: nil, mcsId: "=HYPERLINK(1)@example.jp"),
            BatchSupport.notice(2, password: nil, mcsId: "a,b@example.jp"),
            BatchSupport.notice(3, password: nil, mcsId: "a\\\"b\\nc@example.jp"),
            BatchSupport.notice(4, password: nil).replacingOccurrences(of: #""sex": "男""#, with: #""sex": "M""#),
            BatchSupport.notice(5, password: nil, mcsId: "+plus@example.jp"),
        ]
        let input = try BatchSupport.write(lines.joined(separator: "\n"), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try BatchSupport.run([input, "--out-dir", out.path, "--generate-passwords"])
        #expect(result.status == 64)
        let manifest = try BatchSupport.manifest(in: out)
        #expect(manifest.records.map(\.status) == [.failed, .failed, .failed, .failed, .rendered])
        let text = try String(contentsOf: out.appendingPathComponent("passwords.csv"), encoding: .utf8)
        #expect(text.hasPrefix("\"mcsId\",\"password\"\r\n\"'+plus@example.jp\",\""), "\(text)")
        #expect(text.split(separator: "\r\n").count == 2, "only the record that printed: \(text)")
        let book = try PasswordBook(reading: out.appendingPathComponent("passwords.csv"), resuming: true)
        #expect(book.passwords.count == 1)
    }

    @Test(arguments: [
        ("mcsId,password\nu1@example.jp,Rk7mPq2vXa9t\nU1@example.jp,Wd4nHs8eKb3y\n", 3, Problem.PasswordBookProblem.duplicateMcsId),
        ("mcsId,password\nu1@example.jp,Rk7mPq2vXa9t,extra\n", 2, .malformedRow),
        ("mcsId,password\nu1@example.jp\n", 2, .malformedRow),
        ("mcsId,password\nnot an address,Rk7mPq2vXa9t\n", 2, .malformedRow),
        ("mcsId,password\n\"u1@example.jp,Rk7mPq2vXa9t\n", 2, .malformedRow),
        ("password,mcsId\nRk7mPq2vXa9t,u1@example.jp\n", 1, .header),
    ])
    func aBookThatWasTamperedWithStopsTheRun(text: String, line: Int, problem: Problem.PasswordBookProblem) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("passwords.csv")
        try Data(text.utf8).write(to: url)
        #expect(throws: BatchError(.passwordBook(line: line, problem))) { try PasswordBook(reading: url, resuming: true) }
    }

    /// A forged row must not choose the password printed on the victim's notice: the run stops instead.
    @Test func aForgedRowIsRefusedNotUsed() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(BatchSupport.notice(1, password: nil), named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        #expect(try BatchSupport.run([input, "--out-dir", out.path, "--generate-passwords"]).status == 0)
        let book = out.appendingPathComponent("passwords.csv")
        let genuine = try String(contentsOf: book, encoding: .utf8)
        try Data((genuine + "\"U1@example.jp\",\"Forged2chosen\"\r\n").utf8).write(to: book)
        let resumed = try BatchSupport.run([input, "--out-dir", out.path, "--generate-passwords", "--resume"])
        #expect(resumed.status != 0 && resumed.status != 64)
        #expect(resumed.errors.contains("passwords.csv の 3 行目"), "\(resumed.errors)")
        #expect(!resumed.errors.contains("Forged2chosen"))
        let pdf = try Data(contentsOf: out.appendingPathComponent("0001-古川1診療所.pdf"))
        #expect(try !PDFText(pdf: pdf).contains("Forged2chosen"))
    }
}
