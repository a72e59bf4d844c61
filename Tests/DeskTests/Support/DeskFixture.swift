import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MCSForms
@testable import Desk

/// A desk on a free loopback port, as the tests drive it over HTTP.
enum DeskFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Examples")

    static func configuration(bodyLimit: Int? = nil) -> DeskConfiguration {
        var configuration = DeskConfiguration(host: "127.0.0.1", port: 0, resources: ResourceLocation(root: root), workers: 2)
        configuration.logsRequests = false
        if let bodyLimit { configuration.bodyLimit = bodyLimit }
        return configuration
    }

    /// Runs `test` against a desk listening on 127.0.0.1.
    static func withDesk<Value: Sendable>(_ configuration: DeskConfiguration = configuration(),
                                          _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = Application(router: try DeskServer.router(configuration),
                              configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        return try await app.test(.live) { client in try await test(client) }
    }

    static func example(_ name: String) throws -> Data {
        try Data(contentsOf: examples.appendingPathComponent(name))
    }

    /// A browser form's body: each pair percent-encoded.
    static func formBody(_ pairs: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = pairs.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
        return ByteBuffer(string: text)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let yamlHeaders: HTTPFields = [.contentType: "application/yaml"]

    /// A complete approval notice as the page's fields send it.
    static let approvalPairs: [(String, String)] = [
        ("form", "approval"), ("date", "2026-11-24"), ("office.name", "大崎訪問看護ステーション"),
        ("representative", "大崎 太郎"), ("applicationDate", "2026-11-01"), ("decision", "approved"),
        ("users[0].name", "佐藤 花子"), ("users[0].sex", "女"), ("users[0].mcsId", "hanako.sato@example.jp"),
        ("users[0].password", "Wd4nKp8sQ2xv"), ("users[0].admin", "true"),
    ]
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
