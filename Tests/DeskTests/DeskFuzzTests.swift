import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing
@testable import Desk

/// The desk's API and pages fed broken inputs, seeded so every run sends the same: never a 5xx, always
/// an answer in Japanese, and never a password of the input in an answer that is not the PDF.
@Suite struct DeskFuzzTests {
    static let examples = ["approval.yaml", "approval-rejected.yaml", "application.yaml", "consent.yaml", "withdrawal.json"]
    /// The answers a broken input may get.
    static let allowed: Set<Int> = [200, 400, 413, 415, 422]

    @Test func brokenInputsToTheAPI() async throws {
        let texts = try Self.examples.map { String(decoding: try DeskFixture.example($0), as: UTF8.self) }
        let passwords = Self.passwords(in: texts)
        #expect(passwords.count >= 3, "the examples' passwords are known")
        try await DeskFixture.withDesk { client in
            var mutator = InputMutator(seed: 1129)
            for iteration in 0..<240 {
                let input = mutator.mutate(texts[iteration % texts.count])
                let route = iteration % 2 == 0 ? "/api/validate" : "/api/render"
                let type = iteration % 3 == 0 ? "application/json" : "application/yaml"
                let response = try await client.execute(uri: route, method: .post, headers: [.contentType: type],
                                                        body: ByteBuffer(data: input))
                #expect(Self.allowed.contains(response.status.code), "\(iteration) \(route): \(response.status)")
                guard response.headers[.contentType] != "application/pdf" else { continue }
                for password in passwords where response.text.contains(password) {
                    Issue.record("\(iteration) \(route): a password shows in the answer")
                }
            }
        }
    }

    @Test func brokenFormsToThePages() async throws {
        try await DeskFixture.withDesk { client in
            var random = SeededRandom(seed: 2911)
            let names = ["form", "date", "office.name", "users[0].name", "users[1].mcsId", "users[0].password", "decision",
                         "users[999].admin", "users[-1].name", "copies", "applicants[0].occupation", "facilityType", "action",
                         "x[", "]]", "users[0]", "users.name", "%", "&", "=", ""]
            let values = ["approved", "rejected", "2026-02-30", "<script>", "add:users", "remove:users:0", "remove:users:-9",
                          "remove:nothing:1", "add:", "derive-approval", "pdf", "yaml", "passwords", "check", "%ZZ", "\u{0}", "99"]
            for iteration in 0..<160 {
                let form = ["approval", "application", "withdrawal", "consent"][iteration % 4]
                let pairs = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                    (names.randomElement(using: &random)!, values.randomElement(using: &random)!)
                }
                var body = DeskFixture.formBody(pairs)
                if iteration % 10 == 9 { body = ByteBuffer(string: "a=%E3%81&b=%ZZ&=&&==") }
                for route in ["/forms/\(form)", "/forms/\(form)/check", "/forms/\(form)/preview/1"] {
                    let response = try await client.execute(uri: route, method: .post, headers: DeskFixture.formHeaders, body: body)
                    #expect(Self.allowed.contains(response.status.code) || response.status == .notFound,
                            "\(iteration) \(route): \(response.status) \(pairs)")
                    #expect(!response.text.contains("<script>alert"))
                }
            }
        }
    }

    /// The passwords written in the inputs (any `password:` value).
    static func passwords(in texts: [String]) -> [String] {
        texts.flatMap { text in
            text.matches(of: /"?password"?\s*:\s*"?([A-Za-z0-9]{8,})"?/).map { String($0.output.1) }
        }
    }
}
