import Foundation
import FormModels
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import Desk

/// Every route of the desk over HTTP: status, type and the headers every response carries.
@Suite struct DeskRouteTests {
    /// The pages and files a GET reaches, with their type.
    static let pages: [(String, String)] = [
        ("/", "text/html; charset=utf-8"),
        ("/healthz", "text/plain; charset=utf-8"),
        ("/assets/desk.css", "text/css; charset=utf-8"),
        ("/assets/desk.js", "text/javascript; charset=utf-8"),
        ("/assets/icon.svg", "image/svg+xml"),
    ] + FormKind.allCases.flatMap { kind in [
        ("/forms/\(kind.rawValue)", "text/html; charset=utf-8"),
        ("/blank/\(kind.rawValue).pdf", "application/pdf"),
        ("/api/schema/\(kind.rawValue)", "application/schema+json"),
    ] }

    @Test func everyPageAnswersWithItsTypeAndTheSecurityHeaders() async throws {
        try await DeskFixture.withDesk { client in
            for (path, type) in Self.pages {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
                Self.expectSecurityHeaders(response, path)
            }
        }
    }

    @Test func theHomePageLinksEveryFormAndItsBlankPDF() async throws {
        try await DeskFixture.withDesk { client in
            let page = try await client.execute(uri: "/", method: .get).text
            for kind in FormKind.allCases {
                #expect(page.contains("href=\"/forms/\(kind.rawValue)\""))
                #expect(page.contains("href=\"/blank/\(kind.rawValue).pdf\""))
                #expect(page.contains(FormContract.of(kind).title))
            }
            #expect(page.contains("<html lang=\"ja\">"))
            #expect(!page.contains("http://") && !page.contains("https://"), "nothing is loaded from another host")
        }
    }

    @Test func aBlankFormIsTheSamePDFTheCommandLinePrints() async throws {
        try await DeskFixture.withDesk { client in
            let printer = try FormPrinterFixture.printer()
            for kind in FormKind.allCases {
                let response = try await client.execute(uri: "/blank/\(kind.rawValue).pdf", method: .get)
                #expect(Data(buffer: response.body) == (try printer.printBlank(kind).pdf), "\(kind)")
            }
        }
    }

    @Test func theSchemaIsTheOneCheckedIn() async throws {
        try await DeskFixture.withDesk { client in
            for kind in FormKind.allCases {
                let response = try await client.execute(uri: "/api/schema/\(kind.rawValue)", method: .get)
                let file = try String(contentsOf: DeskFixture.root.appendingPathComponent("Schemas/\(kind.rawValue).schema.json"), encoding: .utf8)
                #expect(response.text == file, "\(kind)")
            }
        }
    }

    /// Addresses of nothing, the ones that try to leave the routes among them.
    static let missing = [
        "/nothing", "/forms/nothing", "/forms/", "/blank/nothing.pdf", "/blank/approval", "/blank/approval.pdf.exe",
        "/blank/..%2F..%2Fetc%2Fpasswd", "/blank/../../etc/passwd", "/assets/..%2FPackage.swift", "/assets/other.js",
        "/api/schema/nothing", "/api/render", "/forms/approval/extra", "/%00",
    ]

    @Test(arguments: missing)
    func anAddressOfNothingIsAJapanesePage404(_ path: String) async throws {
        try await DeskFixture.withDesk { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .notFound, "\(path)")
            Self.expectSecurityHeaders(response, path)
            if path.hasPrefix("/api/") {
                #expect(response.text.contains("\"error\""))
            } else {
                #expect(response.text.contains("このページはありません"), "\(path)")
            }
        }
    }

    static func expectSecurityHeaders(_ response: TestResponse, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        #expect(policy.contains("default-src 'self'"), "\(path)", sourceLocation: sourceLocation)
        #expect(policy.contains("frame-ancestors 'none'"), "\(path)", sourceLocation: sourceLocation)
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)", sourceLocation: sourceLocation)
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(path)", sourceLocation: sourceLocation)
    }
}
