import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import Desk

/// The batch page: a file in, its progress, each bad record with its line, each result downloadable once.
@Suite struct DeskBatchTests {
    static let header = "office,representative,applicationDate,decision,date,name,sex,mcsId,password,admin\r\n"
    static let rows = [
        "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎 一郎,男,ichiro@example.jp,,true\r\n",
        "鳴子薬局,鳴子 花子,2026-11-25,approved,2026-12-01,鳴子 花子,女,not-an-address,,true\r\n",
        "髙橋医院,髙橋 三郎,2026-11-26,approved,2026-12-01,髙橋 三郎,男,saburo@example.jp,,false\r\n",
    ]

    @Test func aShiftJISCSVPrintsAndEachFileIsDownloadedOnce() async throws {
        let csv = Self.header + Self.rows.joined()
        let shiftJIS = try #require(csv.data(using: .shiftJIS), "Excel's CSV (コンマ区切り)")
        try await DeskFixture.withDesk { client in
            let started = try await client.execute(uri: "/batch", method: .post, headers: Self.multipart,
                                                   body: Self.upload(shiftJIS, name: "notices.csv", fields: ["generatePasswords": "true"]))
            #expect(started.status == .seeOther)
            let location = try #require(started.headers[.location])
            #expect(location.wholeMatch(of: /\/batch\/[0-9a-f]{32}/) != nil)
            let page = try await Self.finishedPage(location, client)
            #expect(page.contains("3 件のうち 2 件を印刷しました。"))
            #expect(page.contains("<td>notices.csv:3</td><td>2</td><td>利用者 1行目 MCS ID（users[0].mcsId）</td><td>not-an-address はメールアドレスの形ではありません</td>"), "\(page)")

            let print = try await client.execute(uri: "\(location)/print.pdf", method: .get)
            #expect(print.status == .ok)
            #expect(print.headers[.contentType] == "application/pdf")
            let text = try PDFTextFixture.text(of: Data(buffer: print.body))
            #expect(text.contains("古川診療所") && text.contains("髙橋医院"))
            #expect(try await client.execute(uri: "\(location)/print.pdf", method: .get).status == .notFound, "downloaded once")

            let passwords = try await client.execute(uri: "\(location)/passwords.csv", method: .get)
            #expect(passwords.headers[.contentDisposition] == "attachment; filename=\"passwords.csv\"")
            #expect(passwords.headers[.cacheControl] == "no-store")
            #expect(passwords.text.contains("ichiro@example.jp") && passwords.text.contains("saburo@example.jp"))
            #expect(!passwords.text.contains("not-an-address"), "only printed records have their passwords")

            let zip = try await client.execute(uri: "\(location)/pdfs.zip", method: .get)
            #expect(zip.body.readableBytesView.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let mailing = try await client.execute(uri: "\(location)/mailing.csv", method: .get)
            #expect(mailing.text.contains("古川診療所") && !mailing.text.contains("鳴子薬局"), "the envelopes of what printed")
            let last = try await client.execute(uri: location, method: .get)
            #expect(last.text.contains("ダウンロードできるファイルはもうありません"))
            let leftovers = try FileManager.default.subpathsOfDirectory(atPath: DeskFixture.configuration().batchFolder.path)
            #expect(!leftovers.contains { $0.hasSuffix(String(location.dropFirst("/batch/".count))) }, "the batch's folder is gone")
        }
    }

    /// Asked for on the batch page, cover letters go before the notices, in postal-code order, with the
    /// list of envelopes to download.
    @Test func coverLettersInPostalOrderWithTheListOfEnvelopes() async throws {
        let header = "office,postalCode,address,representative,applicationDate,decision,date,name,sex,mcsId,password,admin\r\n"
        let csv = header + "鳴子薬局,989-6823,大崎市鳴子温泉字湯元2-1,鳴子 花子,2026-11-25,approved,2026-12-01,鳴子 花子,女,hanako@example.jp,,true\r\n"
            + "松山診療所,987-1304,大崎市松山千石字松山1-1,松山 一郎,2026-11-24,approved,2026-12-01,松山 一郎,男,ichiro@example.jp,,true\r\n"
        try await DeskFixture.withDesk { client in
            let started = try await client.execute(uri: "/batch", method: .post, headers: Self.multipart, body: Self.upload(
                Data(csv.utf8), name: "notices.csv", fields: ["generatePasswords": "true", "coverLetter": "true", "sort": "postalCode"]))
            let location = try #require(started.headers[.location])
            let page = try await Self.finishedPage(location, client)
            #expect(page.contains("mailing.csv"))
            let print = Data(buffer: try await client.execute(uri: "\(location)/print.pdf", method: .get).body)
            let text = try PDFTextFixture.text(of: print)
            let first = try #require(text.range(of: "〒987-1304")), second = try #require(text.range(of: "〒989-6823"))
            #expect(first.lowerBound < second.lowerBound, "松山 (987) before 鳴子 (989)")
            #expect(text.components(separatedBy: "書類送付のご案内").count == 3, "a cover letter for each notice")
            let mailing = try await client.execute(uri: "\(location)/mailing.csv", method: .get)
            let rows = mailing.text.split(separator: "\r\n").map(String.init)
            #expect(rows.count == 3 && rows[1].contains("987-1304") && rows[2].contains("989-6823"), "\(rows)")
        }
    }

    @Test func aBatchKeepsItsFilesPrivateAndAnUnknownBatchIs404() async throws {
        var configuration = DeskFixture.configuration()
        configuration.batchFolder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-batch-\(UUID().uuidString)")
        let folder = configuration.batchFolder
        defer { try? FileManager.default.removeItem(at: folder) }
        try await DeskFixture.withDesk(configuration) { client in
            let started = try await client.execute(uri: "/batch", method: .post, headers: Self.multipart,
                                                   body: Self.upload(Data((Self.header + Self.rows[0]).utf8), name: "a.csv",
                                                                     fields: ["generatePasswords": "true"]))
            let location = try #require(started.headers[.location])
            _ = try await Self.finishedPage(location, client)
            let job = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .flatMap { try FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) }
            for item in job + job.flatMap({ (try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil)) ?? [] }) {
                let mode = try FileManager.default.attributesOfItem(atPath: item.path)[.posixPermissions] as? Int
                #expect(mode == 0o700 || mode == 0o600, "\(item.lastPathComponent): \(String(mode ?? 0, radix: 8))")
            }
            for path in ["/batch/0123456789abcdef0123456789abcdef", "/batch/nothing/print.pdf", "\(location)/manifest.json",
                         "\(location)/..%2Finput.csv", "\(location)/input.csv"] {
                #expect(try await client.execute(uri: path, method: .get).status == .notFound, "\(path)")
            }
        }
    }

    @Test func aUTF8CSVWithAByteOrderMarkPrints() async throws {
        let csv = Data([0xEF, 0xBB, 0xBF]) + Data((Self.header + Self.rows[0] + Self.rows[2]).utf8)
        try await DeskFixture.withDesk { client in
            let started = try await client.execute(uri: "/batch", method: .post, headers: Self.multipart,
                                                   body: Self.upload(csv, name: "bom.csv", fields: ["generatePasswords": "true"]))
            let page = try await Self.finishedPage(try #require(started.headers[.location]), client)
            #expect(page.contains("2 件のうち 2 件を印刷しました。"), "\(page)")
        }
    }

    @Test func anUploadWithoutAFileIsAnsweredInJapanese() async throws {
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/batch", method: .post, headers: Self.multipart,
                                                    body: ByteBuffer(string: "--B\r\nContent-Disposition: form-data; name=\"duplex\"\r\n\r\ntrue\r\n--B--\r\n"))
            #expect(response.status == .badRequest)
            #expect(response.text.contains("ファイルを選んでから"))
        }
    }

    /// Follows a batch's page (it reloads itself) until it is finished: at most 60 s.
    static func finishedPage(_ location: String, _ client: any TestClientProtocol) async throws -> String {
        for _ in 0..<240 {
            let page = try await client.execute(uri: location, method: .get).text
            if !page.contains("http-equiv=\"refresh\"") { return page }
            try await Task.sleep(for: .milliseconds(250))
        }
        Issue.record("the batch did not finish in 60 s")
        return ""
    }

    static let multipart: HTTPFields = [.contentType: "multipart/form-data; boundary=B"]

    static func upload(_ file: Data, name: String, fields: [String: String] = [:]) -> ByteBuffer {
        var body = ByteBuffer()
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.writeString("--B\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--B--\r\n")
        return body
    }
}
