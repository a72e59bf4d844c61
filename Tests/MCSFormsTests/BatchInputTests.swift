import Core
import Foundation
import Testing
@testable import MCSForms

/// Reading batch inputs (CSV grouping, YAML documents and lists), file names, hashes and generated passwords.
@Suite struct BatchInputTests {
    static let csv = """
        office,representative,applicationDate,decision,date,name,sex,mcsId,password,admin
        古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎 一郎,男,ichiro@example.jp,Rk7mPq2vXa9t,true
        鳴子薬局,鳴子 花子,2026-11-25,approved,2026-12-01,鳴子 花子,女,hanako@example.jp,Wd4nHs8eKb3y,true
        古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,"𠮷田, 髙子",女,takako@example.jp,Tz6cMf2uRp9j,false

        """

    @Test func csvRowsWithTheSameNoticeKeyMakeOneNotice() throws {
        let records = CSVNotices.file(Self.csv).records
        #expect(records.count == 2)
        #expect(records.map(\.line) == [2, 3])
        #expect(records[0].text(at: "office", "name") == "古川診療所")
        let users = try #require(records[0].node?.mapping?["users"]?.sequence)
        #expect(users.map { $0.mapping?["name"]?.scalar?.string } == ["大崎 一郎", "𠮷田, 髙子"])
        let password = records[0].positions.place(Diagnostic(path: FieldPath(parsing: "users[1].password"), problem: .missing))
        #expect(password.line == 4 && password.column == 73)
    }

    @Test func csvNoticesDecodeAsApprovalNotices() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(Self.csv, named: "notices.csv", in: folder)
        var book: PasswordBook?
        let records = try BatchReading.read([input], passwords: &book, decoder: try Fixtures.decoder(), settings: "").records
        #expect(records.count == 2)
        for record in records {
            #expect(record.problems.isEmpty)
            #expect(try #require(record.document).carriesPasswords)
        }
    }

    @Test func anUnknownCSVColumnIsNamed() {
        let records = CSVNotices.file("office,colour\nA,red\n").records
        #expect(records.count == 1)
        #expect(records[0].problems.first?.message.contains("colour") == true)
        #expect(records[0].problems.first?.column == 8)
    }

    @Test(arguments: [
        ("- form: consent\n- form: consent\n", "list.yaml", [1, 2]),
        ("form: consent\n---\nform: consent\n---\n", "docs.yaml", [1, 3]),
        ("[{\"form\": \"consent\"},\n {\"form\": \"consent\"}]", "list.json", [1, 2]),
        ("{\"form\": \"consent\"}\n\n{\"form\": \"consent\"}\n", "lines.jsonl", [1, 3]),
    ])
    func everyInputFormGivesOneRecordPerForm(text: String, name: String, lines: [Int]) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = RecordReader.file(at: try BatchSupport.write(text, named: name, in: folder)).records
        #expect(records.map(\.line) == lines)
        #expect(records.allSatisfy { $0.problems.isEmpty && $0.text(at: "form") == "consent" })
    }

    @Test func jsonLinesWithEscapedSurrogatePairsAreRead() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = BatchSupport.notice(1).replacingOccurrences(of: "大崎 一郎\", \"sex", with: "\\ud842\\udfb7田 髙子\", \"sex")
        let input = try BatchSupport.write(line + "\n", named: "in.jsonl", in: folder)
        var book: PasswordBook?
        let record = try #require(BatchReading.read([input], passwords: &book, decoder: try Fixtures.decoder(), settings: "").records.first)
        guard case .approval(let notice)? = record.document?.form else { Issue.record("\(record.problems)"); return }
        #expect(notice.users.first?.name.unicodeScalars.elementsEqual("\u{20BB7}田 髙子".unicodeScalars) == true)
    }

    @Test(arguments: [
        ("古川/みどり:診療所", "古川_みどり_診療所"), ("..hidden. ", "hidden"), ("CON", "CON_"), ("a\u{7}b", "a_b"),
        (String(repeating: "長", count: 100), String(repeating: "長", count: 66)),
    ])
    func fileNamesAreSafeEverywhere(name: String, safe: String) {
        #expect(FileNamePattern.safe(name) == safe)
    }

    /// Records addressed to `offices`, numbered from 1.
    static func records(_ offices: [String]) -> [BatchRecord] {
        offices.enumerated().map {
            BatchRecord(index: $0.offset + 1, source: "a.yaml", line: $0.offset + 1, document: nil, problems: [],
                        positions: RecordPositions(start: TextPlace(line: 1, column: 1), places: [:]), addressee: $0.element)
        }
    }

    @Test func equalNamesAreToldApartByTheirIndex() {
        let records = Self.records(["Office", "Office"])
        #expect(FileNamePattern("{office}").names(for: records, total: 2) == ["Office.pdf", "Office-0002.pdf"])
        #expect(FileNamePattern().names(for: records, total: 2) == ["0001-Office.pdf", "0002-Office.pdf"])
    }

    /// One file per record: a suffix that makes a name another record already has is suffixed again.
    @Test(arguments: [
        (["A-0003", "A", "A"], ["A-0003.pdf", "A.pdf", "A-0003-2.pdf"]),
        (["a", "A", "ａ"], ["a.pdf", "A-0002.pdf", "ａ.pdf"]),
        (["CON", "lpt1", "COM¹", "CONIN$", "con.x", "Aux "], ["CON_.pdf", "lpt1_.pdf", "COM¹_.pdf", "CONIN$_.pdf", "con_.x.pdf", "Aux_.pdf"]),
    ])
    func everyRecordGetsAFileOfItsOwn(offices: [String], names: [String]) {
        let made = FileNamePattern("{office}").names(for: Self.records(offices), total: offices.count)
        #expect(made == names)
        #expect(Set(made.map { $0.lowercased() }).count == made.count)
    }

    @Test func longNamesKeepTheirIndex() {
        let long = String(repeating: "長", count: 150)
        let made = FileNamePattern("{office}-{index}").names(for: Self.records([long, long]), total: 2)
        #expect(made.allSatisfy { $0.utf8.count <= 204 })
        #expect(made[0].hasSuffix("-0001.pdf") && made[1].hasSuffix("-0002.pdf"), "\(made.map { String($0.suffix(20)) })")
        let suffixed = FileNamePattern("{office}").names(for: Self.records([long, long]), total: 2)
        #expect(suffixed[1].hasSuffix("-0002.pdf") && suffixed[0] != suffixed[1])
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesKnownDigests(text: String, digest: String) {
        #expect(FileHash.sha256(of: Data(text.utf8)) == digest)
    }

    @Test func generatedPasswordsFollowTheRuleAndAvoidLookAlikes() {
        var generator = PasswordGenerator()
        for _ in 0..<200 {
            let password = generator.password(name: "大崎 一郎", mcsId: "ichiro@example.jp")
            #expect(password.count == 12)
            #expect(!password.contains { "0O1lIo".contains($0) })
            #expect(password.contains(where: \.isNumber) && password.contains(where: \.isLetter))
        }
    }
}
