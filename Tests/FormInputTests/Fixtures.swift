import Core
import Foundation
import FormInput
import FormModels

/// The repository's root, found from this file's place.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped 別表1 and 別表2.
let shippedTables: CodeTables = {
    do {
        return try CodeTables.load(from: repositoryRoot.appendingPathComponent("Templates/data"))
    } catch {
        fatalError("the shipped code tables do not load: \(error)")
    }
}()

/// A decoder with the shipped 別表1 and 別表2.
let decoder = InputDecoder(tables: shippedTables)

/// The diagnostics `text` gives, empty when it decodes.
func diagnostics(of text: String) -> [Diagnostic] {
    do {
        _ = try decoder.decode(text)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The diagnostics of `bytes`, empty when they decode.
func diagnostics(of bytes: Data) -> [Diagnostic] {
    do {
        _ = try decoder.decode(data: bytes)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The example inputs the project ships, by file name.
func exampleInputs() throws -> [(name: String, text: String)] {
    let folder = repositoryRoot.appendingPathComponent("Examples")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
        .map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
}

/// A small valid application; `applicant` is spliced into its list.
func application(applicant: String = "{ name: 大崎 一郎, mcsId: ichiro@example.jp }", extra: String = "") -> String {
    "{ form: application, applicants: [\(applicant)]\(extra) }"
}

/// A small approval notice with one user; `user` and `extra` are spliced in.
func approval(decision: String = "approved", user: String = "password: Rk7mPq2vXa9t", extra: String = "") -> String {
    """
    { form: approval, decision: \(decision), applicationDate: 2026-11-24, date: 2026-12-01,
      office: { name: 古川診療所 }, representative: 大崎 一郎,
      users: [{ name: 大崎 一郎, mcsId: ichiro@example.jp, \(user) }]\(extra) }
    """
}
