import Foundation
import TestSupport
import Testing

/// The built `mcs-forms` binary end to end: output files, exit codes, and errors on stderr.
@Suite struct CLITests {
    /// The executable built next to the test bundle (`swift build --build-tests` builds both).
    static let binary = BuiltProgram.mcsForms(projectRoot: Fixtures.root)

    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mcs-forms-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func renderWritesThePDFAndItsPNGPages() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("notice.pdf").path
        let result = try ExternalTool.run(Self.binary, [
            "render", Fixtures.examples.appendingPathComponent("approval.yaml").path, "-o", pdf,
            "--png", folder.appendingPathComponent("notice").path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: pdf))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notice-1.png").path))
        #expect(!result.output.contains("Rk7mPq2vXa9t") && !result.errors.contains("Rk7mPq2vXa9t"))
    }

    @Test func renderBlankWritesTheBlankForm() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("blank.pdf").path
        let result = try ExternalTool.run(Self.binary, ["render", "--blank", "withdrawal", "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test func badInputExitsWith64NamesThePlaceAndLeavesNoFile() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("app.yaml")
        try """
            form: application
            date: 2026-11-24
            office: { name: 古川みどり診療所 }
            applicants:
              - name: 大崎 一郎
                occupation: 45
            """.write(to: input, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("app.pdf").path
        let result = try ExternalTool.run(Self.binary, ["render", input.path, "-o", pdf])
        #expect(result.status == 64)
        #expect(result.errors.contains("app.yaml:6:"), "\(result.errors)")
        #expect(result.errors.contains("applicants[0].occupation: 45 は別表2の職種番号（1〜44）にありません"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["app.yaml"])
    }

    @Test func unknownKeyIsAnErrorWithASuggestion() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("w.json")
        try #"{"form": "withdrawal", "ofice": {"name": "古川みどり診療所"}}"#.write(to: input, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(Self.binary, ["validate", input.path])
        #expect(result.status == 64)
        #expect(result.errors.contains("ofice"), "\(result.errors)")
        #expect(result.errors.contains("office"), "\(result.errors)")
    }

    @Test func everyExampleValidates() throws {
        let inputs = Fixtures.exampleNames.map { Fixtures.examples.appendingPathComponent($0).path }
        let result = try ExternalTool.run(Self.binary, ["validate"] + inputs)
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func fitReportSaysWhatHappenedToEachFieldWithoutValues() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("n.yaml")
        try """
            form: withdrawal
            office: { name: 医療法人社団おおさき会 古川みどり診療所 }
            submitter: { name: 大崎 一郎 }
            """.write(to: input, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(Self.binary, [
            "render", input.path, "-o", folder.appendingPathComponent("n.pdf").path, "--fit-report",
        ])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("office.name: ") && ($0.contains("長体") || $0.contains("縮小")) }, "\(result.output)")
        #expect(lines.contains("submitter.name: そのまま"), "\(result.output)")
        #expect(!result.output.contains("古川みどり診療所"))
    }

    @Test func validateListsCharactersThatOnlyAFallbackFaceHas() throws {
        let result = try ExternalTool.run(Self.binary, ["validate", Fixtures.examples.appendingPathComponent("approval.yaml").path])
        #expect(result.status == 0)
        #expect(result.errors.contains("users[1].name: 𠮷 は IPAmj明朝 で印刷されます"), "\(result.errors)")
        #expect(!result.errors.contains("users[0].name"))
    }
}
