import Foundation
import FormModels
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import Desk

/// The HTTP API: the same contract, the same PDFs and the same problems as the command line.
@Suite struct DeskAPITests {
    static let examples = ["application.yaml", "approval.yaml", "approval-rejected.yaml", "consent.yaml"]

    @Test(arguments: examples)
    func renderGivesTheCommandLinesPDF(_ example: String) async throws {
        let input = try DeskFixture.example(example)
        let expected = try FormPrinterFixture.printer().print(data: input).pdf
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/api/render", method: .post, headers: DeskFixture.yamlHeaders,
                                                    body: ByteBuffer(data: input))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/pdf")
            #expect(Data(buffer: response.body) == expected)
        }
    }

    @Test func jsonIsReadAsWellAsYAML() async throws {
        let json = try DeskFixture.example("withdrawal.json")
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/api/render", method: .post,
                                                    headers: [.contentType: "application/json"], body: ByteBuffer(data: json))
            #expect(response.status == .ok)
            #expect(response.body.readableBytesView.starts(with: Array("%PDF".utf8)))
        }
    }

    @Test func renderGivesAPageAsPNG() async throws {
        let input = try DeskFixture.example("application.yaml")
        try await DeskFixture.withDesk { client in
            for page in [1, 2] {
                let response = try await client.execute(uri: "/api/render?format=png&page=\(page)", method: .post,
                                                        headers: DeskFixture.yamlHeaders, body: ByteBuffer(data: input))
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(response.body.readableBytesView.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            }
            for query in ["format=png&page=99", "format=png&page=0", "format=png&page=x", "format=gif"] {
                let response = try await client.execute(uri: "/api/render?\(query)", method: .post,
                                                        headers: DeskFixture.yamlHeaders, body: ByteBuffer(data: input))
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.text.contains("\"error\""), "\(query)")
            }
        }
    }

    /// An input with problems, and what `mcs-forms validate --format json` says of it.
    static let badInput = """
        form: approval
        date: 2026-11-24
        office:
          name: 大崎訪問看護ステーション
        representative: 大崎 太郎
        applicationDate: 2026-12-01
        decision: approved
        users:
          - name: 佐藤 花子
            mcsId: not-an-address
            password: Secret4Hanako
            sex: 女
        """

    @Test func badInputIs422WithTheValidateList() async throws {
        let expected = try ValidateFixture.jsonList(of: Self.badInput)
        try await DeskFixture.withDesk { client in
            let render = try await client.execute(uri: "/api/render", method: .post, headers: DeskFixture.yamlHeaders,
                                                  body: ByteBuffer(string: Self.badInput))
            #expect(render.status == .unprocessableContent)
            #expect(render.headers[.contentType] == "application/json; charset=utf-8")
            #expect(render.text == expected)
            #expect(!render.text.contains("Secret4Hanako"))

            let validate = try await client.execute(uri: "/api/validate", method: .post, headers: DeskFixture.yamlHeaders,
                                                    body: ByteBuffer(string: Self.badInput))
            #expect(validate.status == .ok)
            #expect(validate.text == expected)
        }
    }

    @Test(arguments: examples)
    func validateOfAGoodInputIsAnEmptyList(_ example: String) async throws {
        let input = try DeskFixture.example(example)
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: "/api/validate", method: .post, headers: DeskFixture.yamlHeaders,
                                                    body: ByteBuffer(data: input))
            #expect(response.status == .ok)
            #expect(response.text == "[]\n")
        }
    }

    /// Requests the API cannot read, and how it answers each.
    static let unreadable: [(String, HTTPFields, String, HTTPResponse.Status)] = [
        ("no type", [:], "form: approval", .unsupportedMediaType),
        ("HTML form", DeskFixture.formHeaders, "form=approval", .unsupportedMediaType),
        ("XML", [.contentType: "application/xml"], "<form/>", .unsupportedMediaType),
        ("not UTF-8", DeskFixture.yamlHeaders, "form: \u{FF}", .unprocessableContent),
        ("empty", DeskFixture.yamlHeaders, "", .unprocessableContent),
        ("a list", [.contentType: "application/json"], "[1, 2]", .unprocessableContent),
        ("alias bomb", DeskFixture.yamlHeaders, "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", .unprocessableContent),
    ]

    @Test(arguments: unreadable.indices)
    func anUnreadableRequestIsAnsweredInJapanese(_ index: Int) async throws {
        let (name, headers, body, status) = Self.unreadable[index]
        let bytes = name == "not UTF-8" ? ByteBuffer(bytes: Array("form: ".utf8) + [0xFF, 0xFE]) : ByteBuffer(string: body)
        try await DeskFixture.withDesk { client in
            for route in ["/api/render", "/api/validate"] {
                let response = try await client.execute(uri: route, method: .post, headers: headers, body: bytes)
                let expected = route == "/api/validate" && status == .unprocessableContent ? .ok : status
                #expect(response.status == expected, "\(name) \(route)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(name) \(route)")
                #expect(response.text.unicodeScalars.contains { $0.value > 0x3000 }, "\(name) \(route): \(response.text)")
            }
        }
    }

    @Test func aPrintPastTheTimeLimitIs503AndThePrinterServesTheNextRequest() async throws {
        var configuration = DeskFixture.configuration()
        configuration.printTimeLimit = .microseconds(1)
        configuration.workers = 1
        let input = try DeskFixture.example("application.yaml")
        try await DeskFixture.withDesk(configuration) { client in
            let response = try await client.execute(uri: "/api/render", method: .post, headers: DeskFixture.yamlHeaders,
                                                    body: ByteBuffer(data: input))
            #expect(response.status == .serviceUnavailable)
            #expect(response.text.contains("印刷に時間がかかりすぎたため中止しました"))
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test func aRequestBeyondTheQueueIsRefusedAsBusy() async throws {
        let pool = try PrinterPool(count: 1, timeLimit: .seconds(30), queueLimit: 0) { _ in try FormPrinterFixture.printer() }
        let started = AsyncStream<Void>.makeStream()
        async let first: Void = pool.run { _ in
            started.continuation.yield()
            Thread.sleep(forTimeInterval: 0.5)
        }
        for await _ in started.stream { break }
        await #expect(throws: DeskFailure.busy) { try await pool.run { _ in } }
        try await first
        try await pool.run { _ in }
    }

    /// A client gone mid-print (its request's task cancelled) leaves no printer behind: the print finishes
    /// on its thread and the printer serves the next request.
    @Test func aCancelledRequestGivesItsPrinterBack() async throws {
        let pool = try PrinterPool(count: 1, timeLimit: .seconds(30), queueLimit: 0) { _ in try FormPrinterFixture.printer() }
        let input = try DeskFixture.example("application.yaml")
        for _ in 0..<5 {
            let request = Task { try await pool.run { printer in try printer.print(data: input).pdf.count } }
            request.cancel()
            _ = try? await request.value
        }
        var served = false
        for _ in 0..<100 where !served {
            served = (try? await pool.run { printer in try printer.print(data: input).pdf.count }) != nil
            if !served { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(served)
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        let big = ByteBuffer(string: "form: approval\n# " + String(repeating: "x", count: 5000) + "\n")
        try await DeskFixture.withDesk(DeskFixture.configuration(bodyLimit: 4096)) { client in
            for route in ["/api/render", "/api/validate"] {
                let response = try await client.execute(uri: route, method: .post, headers: DeskFixture.yamlHeaders, body: big)
                #expect(response.status == .contentTooLarge, "\(route)")
                #expect(response.text.contains("大きすぎます"))
            }
            let page = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                body: ByteBuffer(string: "office.name=" + String(repeating: "x", count: 5000)))
            #expect(page.status == .contentTooLarge)
            #expect(page.text.contains("大きすぎます"))
        }
    }
}

extension Data {
    init(buffer: ByteBuffer) {
        self.init(buffer.readableBytesView)
    }
}
