import Core
import Foundation
import Testing
@testable import MCSForms

/// One notice, one office: every CSV row names its notice in full, and a row that does not line up with
/// the header is refused whole, never guessed at.
@Suite struct BatchCSVTests {
    static let header = "office,representative,applicationDate,decision,date,name,sex,mcsId,password,admin\n"
    static let rows = [
        "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎 一郎,男,ichiro@example.jp,Rk7mPq2vXa9t,true\n",
        "鳴子薬局,鳴子 花子,2026-11-25,approved,2026-12-01,鳴子 花子,女,hanako@example.jp,Wd4nHs8eKb3y,true\n",
    ]

    /// The records of a CSV text and the problems of each, as a batch reads them.
    static func read(_ text: String) throws -> [BatchRecord] {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var book: PasswordBook?
        let input = try BatchSupport.write(text, named: "in.csv", in: folder)
        return try BatchReading.read([input], passwords: &book, decoder: try Fixtures.decoder(), settings: "").records
    }

    /// Excel saves 「CSV（コンマ区切り）」 in Shift_JIS (CP932, 髙 and ① among its extensions) and 「CSV UTF-8」
    /// with a byte order mark: both print the very PDFs plain UTF-8 does.
    @Test func excelsCSVPrintsAsUTF8Does() throws {
        let text = Self.header + Self.rows[0] + Self.rows[1].replacingOccurrences(of: "鳴子 花子", with: "髙橋 花子")
            .replacingOccurrences(of: "鳴子薬局", with: "鳴子①薬局")
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var printed: [[Data]] = []
        for (name, bytes) in [("plain", Data(text.utf8)), ("bom", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)),
                              ("sjis", try #require(text.data(using: .shiftJIS)))] {
            let input = folder.appendingPathComponent("\(name).csv")
            try bytes.write(to: input)
            let out = folder.appendingPathComponent("out-\(name)")
            let result = try BatchSupport.run([input.path, "--out-dir", out.path, "--name", "{index}"])
            #expect(result.status == 0, "\(name): \(result.errors)")
            printed.append(try ["0001.pdf", "0002.pdf"].map { try Data(contentsOf: out.appendingPathComponent($0)) })
        }
        #expect(printed[0] == printed[1] && printed[0] == printed[2])
        #expect(try PDFText(pdf: printed[2][1]).contains("髙橋 花子"))
    }

    /// A file that is neither UTF-8 nor Shift_JIS is refused whole, with the line of the first bad byte in
    /// the encoding the rest of the file is in.
    @Test(arguments: [
        ("UTF-8 with a stray byte", Data((header + rows[0]).utf8) + Data([0x82, 0xA0, 0x0A]) + Data(rows[1].utf8), 3),
        ("Shift_JIS with a stray byte", (header + rows[0]).data(using: .shiftJIS)! + Data([0x81, 0x0D, 0x0A]), 3),
        ("Latin-1 in a header", Data("office,repr".utf8) + Data([0xE9, 0x73, 0x0A]) + Data(rows[0].utf8), 1),
    ])
    func bytesOfNeitherEncodingAreRefusedWithTheirLine(_ what: String, bytes: Data, line: Int) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.csv")
        try bytes.write(to: input)
        var book: PasswordBook?
        let records = try BatchReading.read([input.path], passwords: &book, decoder: try Fixtures.decoder(), settings: "").records
        #expect(records.count == 1 && records[0].document == nil, "\(what)")
        #expect(records.first?.problems.map(\.problem) == [.csvUndecodable], "\(what)")
        #expect(records.first?.problems.first?.line == line, "\(what)")
    }

    /// An office's own spreadsheet may head its columns with the words printed on the form, spaced as the
    /// form spaces them (氏　名), and may give each office's address.
    @Test func columnsMayBeHeadedAsTheFormPrintsThem() throws {
        let japanese = "事業所名,申請代表者名,申込日,承認・不承認,通知日,氏　名,性別,MCS ID,パスワード,管理者,郵便番号,住所\n"
        let address = ",989-6136,大崎市古川穂波6丁目30-35\n"
        let keyed = try Self.read(Self.header.replacingOccurrences(of: "\n", with: ",postalCode,address\n")
            + Self.rows.map { $0.replacingOccurrences(of: "\n", with: address) }.joined())
        let headed = try Self.read(japanese + Self.rows.map { $0.replacingOccurrences(of: "\n", with: address) }.joined())
        #expect(headed.allSatisfy { $0.problems.isEmpty }, "\(headed.map(\.problems))")
        #expect(headed.map(\.document) == keyed.map(\.document))
        guard case .approval(let notice)? = headed.first?.document?.form else { Issue.record("no notice"); return }
        #expect(notice.office == .init(name: "古川診療所", postalCode: "989-6136", address: "大崎市古川穂波6丁目30-35"))
    }

    @Test(arguments: [
        ("blank notice columns", ",,,approved,,大崎 二郎,男,jiro@example.jp,Tz6cMf2uRp9j,true\n", 3, "office を書いてください（空欄や「同上」は使えません）"),
        ("同上", "同上,同上,同上,approved,2026-12-01,大崎 二郎,男,jiro@example.jp,Tz6cMf2uRp9j,false\n", 3, "office を書いてください（空欄や「同上」は使えません）"),
        ("a blank date", "鳴子薬局,鳴子 花子,2026-11-25,approved,,鳴子 次郎,男,jiro@example.jp,Tz6cMf2uRp9j,false\n", 3, "date を書いてください（空欄や「同上」は使えません）"),
        ("〃", "古川診療所,〃,2026-11-24,approved,2026-12-01,大崎 二郎,男,jiro@example.jp,Tz6cMf2uRp9j,false\n", 3, "representative を書いてください（空欄や「同上」は使えません）"),
        ("one cell too many", "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎 二郎,男,jiro@example.jp,Tz6cMf2uRp9j,false,x\n", 3, "この行の欄は 11 個で、見出しの 10 個と合いません。この行は読めません"),
        ("one cell too few", "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎 二郎,男,jiro@example.jp,Tz6cMf2uRp9j\n", 3, "この行の欄は 9 個で、見出しの 10 個と合いません。この行は読めません"),
        ("an unclosed quote", "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,\"大崎 二郎,男,jiro@example.jp,Tz6cMf2uRp9j,false\n", 3, "「\"」で始まる値が閉じていません。ここから後ろは読めません"),
    ])
    func aRowThatCannotBeTrustedRefusesTheFile(_ what: String, row: String, line: Int, message: String) throws {
        let records = try Self.read(Self.header + Self.rows[0] + row + Self.rows[1])
        #expect(records.count == 1, "\(what): no notice of the file prints")
        let problems = try #require(records.first?.problems)
        #expect(records.first?.document == nil)
        #expect(problems.contains { $0.message == message && $0.line == line }, "\(what): \(problems)")
    }

    @Test func rowsOfOneNoticeMustAgreeOnItsDate() throws {
        let other = Self.rows[0].replacingOccurrences(of: "2026-12-01,大崎 一郎", with: "2026-12-02,大崎 二郎")
            .replacingOccurrences(of: "ichiro@", with: "jiro@").replacingOccurrences(of: "Rk7mPq2vXa9t", with: "Tz6cMf2uRp9j")
        let records = try Self.read(Self.header + Self.rows[0] + Self.rows[1] + other)
        #expect(records.count == 2)
        #expect(records[0].document == nil)
        #expect(records[0].problems.map(\.message) == ["同じ通知の行で date が 2 行目と違います"])
        #expect(records[0].problems.first?.line == 4)
        #expect(records[1].document != nil)
    }

    @Test func eachNoticeHoldsOnlyItsOwnOfficesUsers() throws {
        let records = try Self.read(Self.header + Self.rows[0] + Self.rows[1] + Self.rows[0]
            .replacingOccurrences(of: "大崎 一郎,男,ichiro@", with: "大崎 二郎,男,jiro@").replacingOccurrences(of: "Rk7mPq2vXa9t", with: "Tz6cMf2uRp9j"))
        let notices = records.compactMap { record -> (String?, [String])? in
            guard case .approval(let notice)? = record.document?.form else { return nil }
            return (notice.office.name, notice.users.map(\.mcsId))
        }
        #expect(notices.map(\.0) == ["古川診療所", "鳴子薬局"])
        #expect(notices.map(\.1) == [["ichiro@example.jp", "jiro@example.jp"], ["hanako@example.jp"]])
    }

    @Test(arguments: ["office,colour\nA,red\n", "office,office,name\nA,A,B\n", "office,name\nA,B\n"])
    func aHeaderThatIsNotTheContractIsNamed(text: String) throws {
        let records = try Self.read(text)
        #expect(records.count == 1 && records[0].document == nil)
        #expect(records[0].problems.first?.line == 1, "\(records[0].problems)")
    }
}
