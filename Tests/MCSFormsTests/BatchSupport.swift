import Foundation
import Testing
@testable import MCSForms

/// Inputs and runs of `mcs-forms batch` for the batch tests.
enum BatchSupport {
    static let passwords = ["Rk7mPq2vXa9t", "Wd4nHs8eKb3y", "Tz6cMf2uRp9j"]

    /// An approval notice as one JSON line; `password` nil leaves the password out.
    static func notice(_ number: Int, password: String? = "Rk7mPq2vXa9t", mcsId: String? = nil) -> String {
        let secret = password.map { #", "password": "\#($0)""# } ?? ""
        return #"{"form": "approval", "date": "2026-12-01", "office": {"name": "古川\#(number)診療所"}, "#
            + #""representative": "大崎 一郎", "applicationDate": "2026-11-24", "decision": "approved", "#
            + #""users": [{"name": "大崎 一郎", "sex": "男", "mcsId": "\#(mcsId ?? "u\(number)@example.jp")"\#(secret), "admin": true}]}"#
    }

    /// A folder of its own under the temporary directory.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mcs-forms-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in `folder`.
    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs the built binary's `batch` with `arguments`.
    static func run(_ arguments: [String]) throws -> ExternalTool.Result {
        try ExternalTool.run(CLITests.binary, ["batch"] + arguments, environment: environment)
    }

    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["MCS_FORMS_HOME"] = Fixtures.root.path
        return environment
    }()

    /// The manifest a run left in `folder`.
    static func manifest(in folder: URL) throws -> BatchManifest {
        try #require(BatchManifest.load(from: folder))
    }

    /// The rows of `passwords.csv` in `folder`, after its header, as the batch wrote them.
    static func passwordBook(in folder: URL) throws -> [PasswordBook.Entry] {
        let text = try String(contentsOf: folder.appendingPathComponent(PasswordBook.fileName), encoding: .utf8)
        let rows = CSVTable(text).rows.map { $0.cells.map(\.text) }
        #expect(rows.first == PasswordBook.header)
        return rows.dropFirst().map { PasswordBook.Entry(mcsId: $0[0], password: $0[1]) }
    }

    /// Where any of `passwords` shows in what a run printed or wrote, other than the files that may hold
    /// them (the PDFs and `passwords.csv`): stdout, stderr, the manifest and any other file in `out`.
    static func leaks(of passwords: [String], in result: ExternalTool.Result, out: URL) -> [String] {
        var shown = [("stdout", result.output), ("stderr", result.errors)]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        where !name.hasSuffix(".pdf") && name != PasswordBook.fileName {
            shown.append((name, (try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)) ?? ""))
        }
        return shown.flatMap { place, text in passwords.filter { text.contains($0) }.map { "\($0) in \(place)" } }
    }

    /// The permission bits of a file.
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }
}
