import Foundation
import HTTPTypes
import HummingbirdTesting
import Hummingbird
import NIOCore
import Testing
@testable import Desk

/// Who may send the desk a form: its own pages and programs, never a page of another site.
@Suite struct DeskSafetyTests {
    /// Headers of a POST, and whether the desk serves it. The test client addresses the desk as `localhost`.
    static let origins: [(String, HTTPFields, Bool)] = [
        ("a program (no Origin)", [:], true),
        ("the desk's own page", [.origin: "http://localhost"], true),
        ("the desk's own page, Fetch metadata", [.origin: "http://localhost", .secFetchSiteStub: "same-origin"], true),
        ("the desk's own form (no referrer: Origin null)", [.origin: "null", .secFetchSiteStub: "same-origin"], true),
        ("another site saying same-origin", [.origin: "http://evil.example", .secFetchSiteStub: "same-origin"], false),
        ("an opaque origin, cross-site", [.origin: "null", .secFetchSiteStub: "cross-site"], false),
        ("another site", [.origin: "http://evil.example"], false),
        ("another port", [.origin: "http://localhost:9999"], false),
        ("an opaque origin", [.origin: "null"], false),
        ("cross-site by Fetch metadata", [.secFetchSiteStub: "cross-site"], false),
        ("same-site by Fetch metadata", [.secFetchSiteStub: "same-site"], false),
    ]

    @Test(arguments: origins.indices)
    func aPostFromAnotherOriginIs403(_ index: Int) async throws {
        let (name, headers, served) = Self.origins[index]
        try await DeskFixture.withDesk { client in
            let routes: [(String, HTTPFields, ByteBuffer)] = [
                ("/api/validate", DeskFixture.yamlHeaders, ByteBuffer(string: "form: consent\n")),
                ("/api/render", DeskFixture.yamlHeaders, ByteBuffer(string: "form: consent\n")),
                ("/forms/consent", DeskFixture.formHeaders, ByteBuffer(string: "form=consent&action=yaml")),
            ]
            for (route, type, body) in routes {
                var all = headers
                all.append(contentsOf: type)
                let response = try await client.execute(uri: route, method: .post, headers: all, body: body)
                if served {
                    #expect(response.status == .ok, "\(name) \(route)")
                } else {
                    #expect(response.status == .forbidden, "\(name) \(route)")
                    #expect(response.text.contains("ほかのサイトのページから送られた操作は受け付けません"), "\(name) \(route)")
                }
            }
        }
    }

    @Test(arguments: ["localhost", "localhost:8080", "127.0.0.1:8080", "127.1.2.3", "[::1]:8080"])
    func thisComputersNamesAreServed(_ host: String) {
        #expect(SameOriginCheck<BasicRequestContext>.isLoopbackHost(host))
    }

    @Test(arguments: ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "10.0.0.1:8080", "[::2]:8080", "", "localhost.evil"])
    func anotherHostNameIsRefused(_ host: String) {
        #expect(!SameOriginCheck<BasicRequestContext>.isLoopbackHost(host))
    }
}

extension HTTPField.Name {
    static let secFetchSiteStub = HTTPField.Name("Sec-Fetch-Site")!
}
