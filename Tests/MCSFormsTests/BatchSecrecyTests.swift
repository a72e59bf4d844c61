import Foundation
import Testing
@testable import MCSForms

/// No password in any message, manifest or log, however the input was mangled: every password written
/// in the input is known before anything is checked, and redacted from everything shown.
@Suite struct BatchSecrecyTests {
    /// A careless or hostile batch input, the passwords it holds, and where its first problem must be named.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var text: String
        var passwords: [String]
        var place: String

        var testDescription: String { name }
    }

    static let header = "office,representative,applicationDate,decision,date,name,sex,mcsId,password,admin\n"
    static let cases: [Case] = [
        Case(name: "a stray quote swallows the next row", file: "in.csv", text: header
             + "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,\"大崎 一郎,男,ichiro@example.jp,Rk7mPq2vXa9t,true\n"
             + "鳴子薬局,鳴子 花子,2026-11-25,approved,2026-12-01,鳴子 花子,女,hanako@example.jp,Wd4nHs8eKb3y,true\n",
             passwords: ["Rk7mPq2vXa9t", "Wd4nHs8eKb3y"], place: "in.csv:2:"),
        Case(name: "a stray quote closed by a later quote", file: "in.csv", text: header
             + "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,\"大崎 一郎,男,ichiro@example.jp,Rk7mPq2vXa9t,true\n"
             + "鳴子薬局,鳴子 花子,2026-11-25,approved,2026-12-01,鳴子 花子\",女,hanako@example.jp,Wd4nHs8eKb3y,true\n",
             passwords: ["Rk7mPq2vXa9t", "Wd4nHs8eKb3y"], place: "in.csv:2:"),
        Case(name: "an unquoted comma in a name shifts the columns", file: "in.csv", text: header
             + "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎, 一郎,男,ichiro@example.jp,Rk7mPq2vXa9t,true\n",
             passwords: ["Rk7mPq2vXa9t"], place: "in.csv:2:1:"),
        Case(name: "cells beyond the header", file: "in.csv", text: header
             + "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎 一郎,男,ichiro@example.jp,Rk7mPq2vXa9t,true,Wd4nHs8eKb3y\n",
             passwords: ["Rk7mPq2vXa9t", "Wd4nHs8eKb3y"], place: "in.csv:2:1:"),
        Case(name: "a password run into its key without a colon", file: "in.jsonl",
             text: BatchSupport.notice(1).replacingOccurrences(of: #""password": "Rk7mPq2vXa9t""#, with: #""password Wd4nHs8eKb3y": null"#) + "\n",
             passwords: ["Wd4nHs8eKb3y"], place: "in.jsonl:1:"),
        Case(name: "a password after an equals sign", file: "in.yaml",
             text: Self.yamlNotice(user: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, password=Tz6cMf2uRp9j }"),
             passwords: ["Tz6cMf2uRp9j"], place: "in.yaml:7:"),
        Case(name: "a password typed into the MCS ID", file: "in.yaml",
             text: Self.yamlNotice(user: "{ name: 大崎 一郎, mcsId: Rk7mPq2vXa9t, password: Rk7mPq2vXa9t }"),
             passwords: ["Rk7mPq2vXa9t"], place: "in.yaml:7:"),
        Case(name: "a password alone in the MCS ID", file: "in.yaml",
             text: Self.yamlNotice(user: "{ name: 大崎 一郎, mcsId: Wd4nHs8eKb3y }"),
             passwords: ["Wd4nHs8eKb3y"], place: "in.yaml:7:"),
        Case(name: "a misspelt password key", file: "in.yaml",
             text: Self.yamlNotice(user: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, pasword: Rk7mPq2vXa9t, sex: Rk7mPq2vXa9t }"),
             passwords: ["Rk7mPq2vXa9t"], place: "in.yaml:7:"),
        Case(name: "a password in another record's field", file: "in.jsonl",
             text: BatchSupport.notice(1) + "\n" + BatchSupport.notice(2, mcsId: "Rk7mPq2vXa9t@x") + "\n",
             passwords: ["Rk7mPq2vXa9t"], place: "in.jsonl:2:"),
    ]

    /// An approved notice in YAML whose one user is `user`, on line 7.
    static func yamlNotice(user: String) -> String {
        "form: approval\ndate: 2026-12-01\noffice: { name: 古川診療所 }\nrepresentative: 大崎 一郎\n"
            + "applicationDate: 2026-11-24\ndecision: approved\nusers: [\(user)]\n"
    }

    @Test(arguments: cases)
    func theBatchNeverShowsAPassword(_ test: Case) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(test.text, named: test.file, in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try BatchSupport.run([input, "--out-dir", out.path, "--merge", folder.appendingPathComponent("all.pdf").path])
        #expect(result.status == 64)
        #expect(result.errors.contains(test.place), "\(result.errors)")
        #expect(BatchSupport.leaks(of: test.passwords, in: result, out: out).isEmpty, "\(result.errors)")
    }

    @Test(arguments: cases.filter { $0.file.hasSuffix(".yaml") })
    func validateAndRenderNeverShowAPassword(_ test: Case) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchSupport.write(test.text, named: test.file, in: folder)
        for arguments in [["validate", input], ["validate", "--format", "json", input], ["render", input, "-o", folder.path + "/x.pdf"]] {
            let result = try ExternalTool.run(CLITests.binary, arguments)
            #expect(result.status == 64)
            for password in test.passwords {
                #expect(!result.errors.contains(password) && !result.output.contains(password), "\(arguments): \(result.errors)")
            }
        }
    }

    /// ESC, NUL, a line break and a right-to-left override from the input reach the terminal escaped.
    @Test func controlCharactersAreShownEscaped() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = BatchSupport.notice(1).replacingOccurrences(of: #""sex": "男""#, with: #""sex": "\u001b[2J\u0000\u202e男\n""#)
        let input = try BatchSupport.write(line + "\n", named: "in.jsonl", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try BatchSupport.run([input, "--out-dir", out.path])
        #expect(result.status == 64)
        #expect(result.errors.contains(#"\u{1B}[2J\u{0}\u{202E}男\u{A}"#), "\(result.errors)")
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        for text in [result.errors, result.output, manifest] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 || $0.value == 0x202E })
        }
        let yaml = try BatchSupport.write("form: consent\n\"\\e]0;title\\a\": 1\n", named: "c.yaml", in: folder)
        let validated = try ExternalTool.run(CLITests.binary, ["validate", yaml])
        #expect(validated.errors.contains(#"\u{1B}]0;title\u{7}"#), "\(validated.errors)")
        #expect(!validated.errors.unicodeScalars.contains { $0.value == 0x1B || $0.value == 7 })
    }
}
