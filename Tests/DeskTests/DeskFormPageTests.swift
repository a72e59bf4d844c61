import Foundation
import FormInput
import FormModels
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import Desk

/// A form's page without JavaScript: built from the contract, every button posting the form back.
@Suite struct DeskFormPageTests {
    @Test(arguments: FormKind.allCases)
    func everyValueOfTheContractHasAnInputNamedByItsPath(_ kind: FormKind) async throws {
        try await DeskFixture.withDesk { client in
            let page = try await client.execute(uri: "/forms/\(kind.rawValue)", method: .get).text
            for entry in FormContract.of(kind).entries {
                let path = entry.path(row: 0).description
                #expect(page.contains("name=\"\(path)\""), "\(kind): \(path)")
                #expect(page.contains(entry.field.label), "\(kind): \(entry.field.label)")
            }
        }
    }

    @Test func codesAreChosenByNumberAndName() async throws {
        try await DeskFixture.withDesk { client in
            let page = try await client.execute(uri: "/forms/application", method: .get).text
            #expect(page.contains("<select name=\"applicants[0].occupation\""))
            #expect(page.contains("<option value=\"1\">1　"))
            #expect(page.contains("<select name=\"facilityType\""))
        }
    }

    @Test func aProblemShowsBesideItsFieldAndInTheSummary() async throws {
        var pairs = DeskFixture.approvalPairs
        pairs[8] = ("users[0].mcsId", "not-an-address")
        let body = DeskFixture.formBody(pairs + [("action", "check")])
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders, body: body)
            #expect(response.status == .unprocessableContent)
            let page = response.text
            let message = "not-an-address はメールアドレスの形ではありません"
            #expect(page.contains("<p class=\"message\" id=\"m-users-0-mcsId\">\(message)"))
            #expect(page.contains("aria-describedby=\"m-users-0-mcsId\" aria-invalid=\"true\""))
            #expect(page.contains("<a href=\"#f-users-0-mcsId\">利用者 1行目 MCS ID</a>: \(message)"))
            #expect(page.contains("入力に 1 件の誤りがあります"))
            #expect(response.headers[.cacheControl] == "no-store")
        }
    }

    @Test func aGoodInputShowsItsPagesAndOpensAsTheSamePDF() async throws {
        try await DeskFixture.withDesk { client in
            let check = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                 body: DeskFixture.formBody(DeskFixture.approvalPairs + [("action", "check")]))
            #expect(check.status == .ok)
            #expect(check.text.contains("<img src=\"data:image/png;base64,"))
            #expect(!check.text.contains("class=\"message\""))

            let pdf = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                               body: DeskFixture.formBody(DeskFixture.approvalPairs + [("action", "pdf")]))
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.cacheControl] == "no-store")
            let text = try PDFTextFixture.text(of: Data(buffer: pdf.body))
            for (_, value) in DeskFixture.approvalPairs where ["大崎訪問看護ステーション", "佐藤 花子", "Wd4nKp8sQ2xv"].contains(value) {
                #expect(text.contains(value), "\(value)")
            }
        }
    }

    @Test func markupInAValueIsTextInThePageAndInThePDF() async throws {
        let name = "<script>alert(1)</script>\"'&"
        var edited = DeskFixture.approvalPairs
        edited[2] = ("office.name", name)
        let pairs = edited
        try await DeskFixture.withDesk { client in
            let page = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                body: DeskFixture.formBody(pairs + [("action", "check")])).text
            #expect(!page.contains("<script>alert"))
            #expect(page.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;\""))
            let pdf = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                               body: DeskFixture.formBody(pairs + [("action", "pdf")]))
            #expect(try PDFTextFixture.text(of: Data(buffer: pdf.body)).contains("<script>alert(1)</script>"))
        }
    }

    @Test func passwordsAreGeneratedForRowsWithAUserOnly() async throws {
        let pairs = DeskFixture.approvalPairs.filter { $0.0 != "users[0].password" }
            + [("users[1].name", "鈴木 一郎"), ("users[1].mcsId", "ichiro@example.jp"), ("users[2].name", "")]
        try await DeskFixture.withDesk { client in
            let page = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                body: DeskFixture.formBody(pairs + [("action", "passwords")])).text
            #expect(page.contains("空欄だった 2 人のパスワードを生成しました。"))
            for row in 0..<2 {
                let password = try #require(Self.value(of: "users[\(row)].password", in: page))
                #expect(password.count == 12)
                #expect(PasswordPolicy.violations(of: password, name: nil, mcsId: nil).isEmpty)
            }
            #expect(Self.value(of: "users[2].password", in: page) == "")
        }
    }

    @Test func rowsAreAddedAndRemoved() async throws {
        let pairs = DeskFixture.approvalPairs + [("users[1].name", "鈴木 一郎"), ("users[1].mcsId", "ichiro@example.jp")]
        try await DeskFixture.withDesk { client in
            let added = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                 body: DeskFixture.formBody(pairs + [("action", "add:users")])).text
            #expect(added.contains("name=\"users[2].name\""))
            let removed = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                   body: DeskFixture.formBody(pairs + [("action", "remove:users:0")])).text
            #expect(Self.value(of: "users[0].name", in: removed) == "鈴木 一郎")
            #expect(!removed.contains("name=\"users[1].name\""))
        }
    }

    @Test func aHostileRowNumberMakesNoHugePage() async throws {
        let pairs = [("form", "approval"), ("users[999999999].name", "x"), ("users[-3].name", "y"), ("users[999].name", "z")]
        try await DeskFixture.withDesk { client in
            let page = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                body: DeskFixture.formBody(pairs + [("action", "add:users")])).text
            #expect(page.contains("name=\"users[999].name\""))
            #expect(!page.contains("name=\"users[1000].name\""))
        }
    }

    @Test func theScriptsCheckPlacesEachProblemAndPrintsEachDate() async throws {
        var pairs = DeskFixture.approvalPairs
        pairs[8] = ("users[0].mcsId", "not-an-address")
        let body = DeskFixture.formBody(pairs)
        try await DeskFixture.withDesk { client in
            let check = try await client.execute(uri: "/forms/approval/check", method: .post, headers: DeskFixture.formHeaders, body: body)
            #expect(check.status == .ok)
            #expect(check.headers[.contentType] == "application/json; charset=utf-8")
            let answer = check.text
            #expect(answer.contains("\"field\": \"f-users-0-mcsId\""))
            #expect(answer.contains("\"messageId\": \"m-users-0-mcsId\""))
            #expect(answer.contains("\"message\": \"not-an-address はメールアドレスの形ではありません\""))
            #expect(answer.contains("\"f-date\": \"令和8年11月24日\""))
            #expect(answer.contains("\"summary\": \"入力に 1 件の誤りがあります\""))
            #expect(!answer.contains("Wd4nKp8sQ2xv"))

            let good = DeskFixture.formBody(DeskFixture.approvalPairs)
            let pages = try await client.execute(uri: "/forms/approval/check", method: .post, headers: DeskFixture.formHeaders, body: good)
            #expect(pages.text.contains("\"pages\": 1"))
            let preview = try await client.execute(uri: "/forms/approval/preview/1", method: .post, headers: DeskFixture.formHeaders, body: good)
            #expect(preview.headers[.contentType] == "image/png")
            #expect(preview.headers[.cacheControl] == "no-store")
            #expect(try await client.execute(uri: "/forms/approval/preview/2", method: .post, headers: DeskFixture.formHeaders, body: good).status == .notFound)
            #expect(try await client.execute(uri: "/forms/approval/preview/1", method: .post, headers: DeskFixture.formHeaders, body: body).status == .unprocessableContent)
        }
    }

    @Test func theEntryIsSavedAsYAMLThatValidates() async throws {
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                    body: DeskFixture.formBody(DeskFixture.approvalPairs + [("action", "yaml")]))
            #expect(response.headers[.contentDisposition] == "attachment; filename=\"approval.yaml\"")
            #expect(response.headers[.cacheControl] == "no-store")
            let yaml = response.text
            #expect(yaml.contains("name: 大崎訪問看護ステーション"))
            #expect(try ValidateFixture.jsonList(of: yaml) == "[]\n", "\(yaml)")
        }
    }

    /// The `value` of the input named `name` in `page`.
    static func value(of name: String, in page: String) -> String? {
        guard let input = page.range(of: "name=\"\(name)\"") else { return nil }
        let rest = page[input.upperBound...]
        guard let start = rest.range(of: "value=\""), let end = rest[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(rest[start.upperBound..<end])
    }
}
