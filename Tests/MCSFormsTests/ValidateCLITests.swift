import Foundation
import Testing

/// `mcs-forms validate` and `mcs-forms schema` through the built binary: the exact text lines on stderr,
/// the same problems as JSON on stdout, and never a password in either.
@Suite struct ValidateCLITests {
    /// An application whose second applicant's occupation sits at line 14, column 19, as in issue 3's example.
    static let application = """
        form: application
        date: 2026-11-24
        office:
          name: 古川みどり診療所
          postalCode: 989-6136
        representative: 大崎 一郎
        facilityType: 2
        applicants:
            - name: 大崎 一郎
              mcsId: ichiro@example.jp
              occupation: 1
            - name: 古川 花子
              mcsId: hanako@example.jp
              occupation: 45
        ofice: { name: x }
        """

    static let passwords = ["Rk7m2v", "Rk7mPq2vXa9t", "Wd4nHs8eKb3y"]

    /// An approval notice whose passwords are too short, fine but beside an error, and run into their key.
    static let approval = """
        form: approval
        decision: approved
        users:
          - { name: 大崎 一郎, mcsId: ichiro@example.jp, password: "Rk7m2v" }
          - { name: 古川 花子, mcsId: not-an-address, password: "Rk7mPq2vXa9t" }
          - { name: 𠮷田 髙子, mcsId: takako@example.jp, password:"Wd4nHs8eKb3y" }
        """

    static func write(_ files: [String: String]) throws -> URL {
        let folder = try CLITests.scratchFolder()
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Runs the binary in `folder`, so that it names the files as given (`app.yaml`, not a full path).
    static func run(_ arguments: [String], in folder: URL) throws -> ExternalTool.Result {
        try ExternalTool.run("env", ["-C", folder.path, CLITests.binary] + arguments)
    }

    @Test func textLinesHaveTheIssuesShape() throws {
        let folder = try Self.write(["app.yaml": Self.application])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["validate", "app.yaml"], in: folder)
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors == """
            app.yaml:14:19: applicants[1].occupation: 45 は別表2の職種番号（1〜44）にありません
            app.yaml:15:1: ofice: この項目は使えません（office ではありませんか）

            """)
    }

    @Test func jsonListsTheSameProblemsOnStdout() throws {
        let folder = try Self.write(["app.yaml": Self.application, "ok.json": #"{"form": "consent"}"#])
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try Self.run(["validate", "--format", "json", "ok.json", "app.yaml", "none.yaml"], in: folder)
        #expect(json.status == 64)
        #expect(json.errors.isEmpty)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(objects.count == 3)
        #expect(objects.allSatisfy { Set($0.keys) == ["file", "line", "column", "path", "message", "hint"] })
        #expect(json.output.contains(#""file": "app.yaml",\#n    "line": 14,\#n    "column": 19,\#n    "path": "applicants[1].occupation""#))
        #expect(objects[0]["message"] as? String == "45 は別表2の職種番号（1〜44）にありません")
        #expect(objects[0]["hint"] is NSNull)
        #expect(objects[1]["hint"] as? String == "office ではありませんか")
        #expect(objects[2]["file"] as? String == "none.yaml" && objects[2]["line"] is NSNull && objects[2]["path"] as? String == "")
        let text = try Self.run(["validate", "ok.json", "app.yaml", "none.yaml"], in: folder)
        #expect(text.errors.split(separator: "\n").count == objects.count)
        #expect(text.errors.hasSuffix("none.yaml: ファイルを読めません: none.yaml\n"))
    }

    @Test func aValueThatDoesNotFitIsPlacedToo() throws {
        let name = String(repeating: "古川みどり診療所", count: 30)
        let folder = try Self.write(["w.yaml": "form: withdrawal\noffice:\n  name: \(name)\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["validate", "w.yaml"], in: folder)
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("w.yaml:3:9: office.name: 欄に収まりません（"), "\(result.errors)")
    }

    @Test func validFilesGiveAnEmptyList() throws {
        let inputs = Fixtures.exampleNames.map { Fixtures.examples.appendingPathComponent($0).path }
        let result = try ExternalTool.run(CLITests.binary, ["validate", "--format", "json"] + inputs)
        #expect(result.status == 0)
        #expect(result.output == "[]\n")
        #expect(result.errors.isEmpty)
    }

    @Test func noPasswordInAnyStream() throws {
        let folder = try Self.write(["notice.yaml": Self.approval])
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = [
            ["validate", "notice.yaml"], ["validate", "--format", "json", "notice.yaml"],
            ["render", "notice.yaml", "-o", "notice.pdf"],
        ]
        for arguments in runs {
            let result = try Self.run(arguments, in: folder)
            #expect(result.status == 64)
            #expect(result.output.contains("****") || result.errors.contains("****"), "\(arguments)")
            for password in Self.passwords {
                #expect(!result.output.contains(password) && !result.errors.contains(password), "\(arguments) shows a password")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notice.yaml"])
    }

    @Test func schemaPrintsTheCheckedInFile() throws {
        for form in ["application", "approval", "withdrawal", "consent"] {
            let result = try ExternalTool.run(CLITests.binary, ["schema", form])
            let checkedIn = try String(contentsOf: Fixtures.root.appendingPathComponent("Schemas/\(form).schema.json"), encoding: .utf8)
            #expect(result.status == 0)
            #expect(result.output == checkedIn, "\(form)")
        }
        #expect(try ExternalTool.run(CLITests.binary, ["schema", "invoice"]).status != 0)
    }
}
