import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import Desk

/// A desk with accounts: nothing but the sign-in page without a session, bcrypt-checked passwords,
/// an `HttpOnly` `SameSite=Strict` session cookie, and guessing slowed down.
@Suite struct DeskSignInTests {
    static let password = "correct horse battery"

    /// A desk configuration whose accounts file holds `sato` with `password`.
    static func configuration() throws -> (DeskConfiguration, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-accounts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var accounts = Accounts()
        accounts.set("sato", password: password)
        let file = folder.appendingPathComponent("accounts")
        try accounts.write(to: file)
        var configuration = DeskFixture.configuration()
        configuration.accountsFile = file
        return (configuration, folder)
    }

    static func signIn(_ name: String, _ password: String) -> ByteBuffer {
        DeskFixture.formBody([("name", name), ("password", password)])
    }

    @Test func withoutASessionOnlyTheSignInPageIsOpen() async throws {
        let (configuration, folder) = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await DeskFixture.withDesk(configuration) { client in
            for path in ["/", "/forms/approval", "/blank/approval.pdf", "/batch"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers[.location] == "/signin", "\(path)")
            }
            let api = try await client.execute(uri: "/api/render", method: .post, headers: DeskFixture.yamlHeaders,
                                               body: ByteBuffer(data: try DeskFixture.example("approval.yaml")))
            #expect(api.status == .unauthorized)
            #expect(api.text.contains("サインインしてください"))
            for path in ["/signin", "/healthz", "/assets/desk.css"] {
                #expect(try await client.execute(uri: path, method: .get).status == .ok, "\(path)")
            }
        }
    }

    @Test func aSignedInPersonUsesTheDeskUntilSigningOut() async throws {
        let (configuration, folder) = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await DeskFixture.withDesk(configuration) { client in
            let wrong = try await client.execute(uri: "/signin", method: .post, headers: DeskFixture.formHeaders,
                                                 body: Self.signIn("sato", "wrong password"))
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("利用者名かパスワードが違います"))
            #expect(wrong.headers[.setCookie] == nil)
            let unknown = try await client.execute(uri: "/signin", method: .post, headers: DeskFixture.formHeaders,
                                                   body: Self.signIn("suzuki", Self.password))
            #expect(unknown.text.contains("利用者名かパスワードが違います"))

            let signedIn = try await client.execute(uri: "/signin", method: .post, headers: DeskFixture.formHeaders,
                                                    body: Self.signIn("sato", Self.password))
            #expect(signedIn.status == .seeOther)
            let cookie = try #require(signedIn.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            let session = try #require(cookie.split(separator: ";").first.map(String.init))
            #expect(session.wholeMatch(of: /mcs_desk_session=[0-9a-f]{64}/) != nil)

            let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: session])
            #expect(home.status == .ok)
            #expect(home.text.contains("<span>sato さん</span>") && home.text.contains("action=\"/signout\""))
            let validate = try await client.execute(uri: "/api/validate", method: .post, headers: [.cookie: session, .contentType: "application/yaml"],
                                                    body: ByteBuffer(data: try DeskFixture.example("approval.yaml")))
            #expect(validate.text == "[]\n")
            let out = try await client.execute(uri: "/signout", method: .post, headers: [.cookie: session])
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await client.execute(uri: "/", method: .get, headers: [.cookie: session]).status == .seeOther)
            let forged = try await client.execute(uri: "/", method: .get, headers: [.cookie: "mcs_desk_session=" + String(repeating: "0", count: 64)])
            #expect(forged.status == .seeOther)
        }
    }

    @Test func repeatedFailuresLockTheNameOutEvenWithTheRightPassword() async throws {
        let (configuration, folder) = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await DeskFixture.withDesk(configuration) { client in
            for attempt in 1...Sessions.allowedFailures {
                let response = try await client.execute(uri: "/signin", method: .post, headers: DeskFixture.formHeaders,
                                                        body: Self.signIn("sato", "guess \(attempt)"))
                #expect(response.status == .unauthorized)
            }
            let locked = try await client.execute(uri: "/signin", method: .post, headers: DeskFixture.formHeaders,
                                                  body: Self.signIn("sato", Self.password))
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("サインインの失敗が続いたため"))
            #expect(locked.headers[.setCookie] == nil)
        }
    }

    @Test func anAccountsFileOthersCanReadStopsTheDesk() throws {
        let (configuration, folder) = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: configuration.accountsFile!.path)
        #expect(throws: AccountsProblem.self) { _ = try DeskServer.router(configuration) }
    }

    @Test func addUserKeepsOnlyAHashInAPrivateFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-add-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("accounts").path
        let added = try await ExternalProcess.run("/bin/sh", ["-c", "printf '\(Self.password)\\n' | '\(ValidateFixture.binary)' serve --add-user sato --accounts '\(file)'"])
        #expect(added.status == 0, "\(added.errors)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.wholeMatch(of: /sato:\$2b\$12\$[.\/A-Za-z0-9]{53}\n/) != nil, "\(text)")
        #expect(!text.contains("horse"))
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        #expect(try Accounts(contentsOf: URL(fileURLWithPath: file)).verify("sato", password: Self.password))

        let short = try await ExternalProcess.run("/bin/sh", ["-c", "printf 'short\\n' | '\(ValidateFixture.binary)' serve --add-user suzuki --accounts '\(file)'"])
        #expect(short.status != 0)
        #expect(short.errors.contains("パスワードは 10 文字以上にしてください"))
        let badName = try await ExternalProcess.run("/bin/sh", ["-c", "printf 'long enough password\\n' | '\(ValidateFixture.binary)' serve --add-user 'a b' --accounts '\(file)'"])
        #expect(badName.errors.contains("半角の英字・数字と . _ - だけを使ってください"))
    }

    @Test func theDeskServesHTTPSWithItsCertificate() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let certificate = folder.appendingPathComponent("cert.pem"), key = folder.appendingPathComponent("key.pem")
        let made = try await ExternalProcess.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                                                                      "-subj", "/CN=127.0.0.1", "-keyout", key.path, "-out", certificate.path])
        try #require(made.status == 0, "\(made.errors)")
        var configuration = DeskFixture.configuration()
        configuration.tlsCertificate = certificate
        configuration.tlsKey = key
        let app = try DeskServer.application(configuration)
        try await app.test(.ahc(.https)) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
        }
    }
}
