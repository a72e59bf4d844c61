import Foundation
import FormInput
import FormModels
import HTTPTypes
import HummingbirdTesting
import MCSForms
import NIOCore
import Testing
@testable import Desk

/// From an application to its notice, and a file into a form: in the desk and on the command line.
@Suite struct DeskDerivationTests {
    /// The application example's applicants: name, MCS ID and 管理者.
    static func applicants() throws -> [ApplicationForm.Applicant] {
        let document = try FormPrinterFixture.printer().decode(data: try DeskFixture.example("application.yaml"))
        guard case .application(let application) = document.form else { throw NotAnApplication() }
        return application.applicants
    }

    struct NotAnApplication: Error {}

    @Test func theNoticeCarriesEveryApplicantOver() async throws {
        let applicants = try Self.applicants()
        let fields = try InputFields.values(of: DeskFixture.example("application.yaml"))
        let pairs = fields.map { ($0.path.description, $0.text) } + [("action", "derive-approval")]
        try await DeskFixture.withDesk { client in
            let page = try await client.execute(uri: "/forms/application", method: .post, headers: DeskFixture.formHeaders,
                                                body: DeskFixture.formBody(pairs)).text
            #expect(page.contains("data-form=\"approval\""))
            #expect(DeskFormPageTests.value(of: "office.name", in: page) == "古川みどり診療所")
            for (row, applicant) in applicants.enumerated() {
                #expect(DeskFormPageTests.value(of: "users[\(row)].name", in: page) == HTMLText.escaped(applicant.name))
                #expect(DeskFormPageTests.value(of: "users[\(row)].mcsId", in: page) == applicant.mcsId)
                #expect(DeskFormPageTests.value(of: "users[\(row)].password", in: page)?.count == 12)
                #expect(page.contains("name=\"users[\(row)].admin\" id=\"f-users-\(row)-admin\"") )
            }
        }
    }

    @Test func aBadApplicationStaysOnItsPageWithItsProblems() async throws {
        let pairs = [("form", "application"), ("applicants[0].name", "大崎 一郎"), ("applicants[0].mcsId", "nope"),
                     ("action", "derive-approval")]
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/forms/application", method: .post, headers: DeskFixture.formHeaders,
                                                    body: DeskFixture.formBody(pairs))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("data-form=\"application\""))
            #expect(response.text.contains("id=\"m-applicants-0-mcsId\""))
        }
    }

    @Test func aLoadedFileFillsTheFormItNamesWithItsProblemsAtTheirFields() async throws {
        let file = "form: withdrawal\noffice:\n  name: 大崎訪問看護ステーション\nusers:\n  - name: 佐藤 花子\n    mcsId: bad\n"
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/forms/approval/load", method: .post,
                                                    headers: Self.multipartHeaders, body: Self.upload(file))
            #expect(response.status == .unprocessableContent)
            let page = response.text
            #expect(page.contains("data-form=\"withdrawal\""), "the file's form: wins over the page it was loaded on")
            #expect(DeskFormPageTests.value(of: "office.name", in: page) == "大崎訪問看護ステーション")
            #expect(page.contains("id=\"m-users-0-mcsId\""))
        }
    }

    @Test func aFileWithAnUnknownKeyShowsItAndOneThatIsNoInputIsRefusedInJapanese() async throws {
        try await DeskFixture.withDesk { client in
            let unknown = try await client.execute(uri: "/forms/consent/load", method: .post, headers: Self.multipartHeaders,
                                                   body: Self.upload("form: consent\npatiant:\n  name: 大崎 花子\n"))
            #expect(unknown.text.contains("この項目は使えません"))
            #expect(unknown.text.contains("patient ではありませんか"))
            let broken = try await client.execute(uri: "/forms/consent/load", method: .post, headers: Self.multipartHeaders,
                                                  body: Self.upload("form: [consent\n"))
            #expect(broken.status == .unprocessableContent)
            #expect(broken.text.contains("YAML または JSON として読めません"))
            let empty = try await client.execute(uri: "/forms/consent/load", method: .post, headers: Self.multipartHeaders,
                                                 body: ByteBuffer(string: "--B--\r\n"))
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("ファイルを選んでから"))
            let notMultipart = try await client.execute(uri: "/forms/consent/load", method: .post, headers: DeskFixture.formHeaders,
                                                        body: ByteBuffer(string: "file=x"))
            #expect(notMultipart.status == .unsupportedMediaType)
        }
    }

    static let multipartHeaders: HTTPFields = [.contentType: "multipart/form-data; boundary=B"]

    static func upload(_ file: String) -> ByteBuffer {
        ByteBuffer(string: "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"input.yaml\"\r\n"
            + "Content-Type: application/yaml\r\n\r\n\(file)\r\n--B--\r\n")
    }
}

/// Text as the page writes it in an attribute.
enum HTMLText {
    static func escaped(_ text: String) -> String { HTML.escaped(text) }
}
