import Foundation
import FormInput
import FormModels
import MCSForms
import Testing

/// `mcs-forms derive approval`: the notice that answers an application, as input that validates.
@Suite struct DeriveCommandTests {
    @Test func theApprovalCarriesTheApplicationOverWithPrivatePasswords() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("notice.yaml")
        let application = Fixtures.examples.appendingPathComponent("application.yaml")
        let result = try ExternalTool.run(CLITests.binary, ["derive", "approval", application.path, "--date", "2026-12-01",
                                                            "--generate-passwords", "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.contains("password") && !result.errors.contains("password"))
        let mode = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let printer = try Fixtures.printer()
        guard case .application(let form) = try printer.decode(data: Data(contentsOf: application)).form,
              case .approval(let notice) = try printer.decode(data: Data(contentsOf: output)).form
        else { Issue.record("not the forms expected"); return }
        #expect(notice.decision == .approved)
        #expect(notice.date == CalendarDate(year: 2026, month: 12, day: 1))
        #expect(notice.applicationDate == form.date)
        #expect(notice.office.name == form.office.name)
        #expect(notice.representative == form.representative)
        #expect(notice.users.map(\.name) == form.applicants.map(\.name))
        #expect(notice.users.map(\.mcsId) == form.applicants.map(\.mcsId))
        #expect(notice.users.map(\.admin) == form.applicants.map(\.admin))
        #expect(notice.users.allSatisfy { $0.password != nil && $0.sex == nil })
        let validated = try ExternalTool.run(CLITests.binary, ["validate", output.path])
        #expect(validated.status == 0, "\(validated.errors)")
    }

    @Test func aRejectionHasItsReasonAndNoPassword() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("rejected.yaml")
        let result = try ExternalTool.run(CLITests.binary, ["derive", "approval", Fixtures.examples.appendingPathComponent("application.yaml").path,
                                                            "--reject", "記載内容に不備があるため", "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.contains("decision: rejected"))
        #expect(text.contains("rejectionReason: 記載内容に不備があるため"))
        #expect(!text.contains("password"))
        #expect((try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int) == 0o644)
        #expect(try ExternalTool.run(CLITests.binary, ["validate", output.path]).status == 0)
    }

    /// Calls that cannot be run, and what they say.
    static let refused: [([String], String)] = [
        (["derive", "approval", "Examples/application.yaml"], "書き出すファイルを -o FILE で指定してください"),
        (["derive", "withdrawal", "Examples/application.yaml", "-o", "x.yaml"], "withdrawal"),
        (["derive", "approval", "Examples/application.yaml", "--reject", "理由", "--generate-passwords", "-o", "x.yaml"],
         "--generate-passwords は --reject と一緒に使えません"),
        (["derive", "approval", "Examples/application.yaml", "--date", "2026/12/01", "-o", "x.yaml"], "2026/12/01"),
    ]

    @Test(arguments: refused.indices)
    func aCallThatCannotRunIsRefusedWith64(_ index: Int) throws {
        let (arguments, expected) = Self.refused[index]
        let result = try ExternalTool.run("/usr/bin/env", ["-C", Fixtures.root.path, CLITests.binary] + arguments)
        #expect(result.status == 64)
        #expect(result.errors.contains(expected), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: Fixtures.root.appendingPathComponent("x.yaml").path))
    }

    @Test func anInputOfAnotherFormIsNoApplication() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ExternalTool.run(CLITests.binary, ["derive", "approval", Fixtures.examples.appendingPathComponent("consent.yaml").path,
                                                            "-o", folder.appendingPathComponent("x.yaml").path])
        #expect(result.status == 64)
        #expect(result.errors.contains("form: 申込書（form: application）の入力ではありません（form: consent）"), "\(result.errors)")
    }
}
