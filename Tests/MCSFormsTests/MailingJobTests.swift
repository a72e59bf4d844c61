import Core
import Foundation
import FormInput
import FormModels
import Testing
@testable import MCSForms

/// The mailing job: applications received, decided, printed as notices in postal order, with the list of
/// envelopes; nothing typed twice.
@Suite struct MailingJobTests {
    static let folder = Fixtures.root.appendingPathComponent("Examples/mailing")
    static let applications = folder.appendingPathComponent("applications").path
    static let decisions = folder.appendingPathComponent("decisions.csv").path

    /// The applications of the example, by file name.
    static func examples() throws -> [String: ApplicationForm] {
        let decoder = try Fixtures.decoder()
        var forms: [String: ApplicationForm] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: applications) {
            let text = try String(contentsOfFile: applications + "/" + name, encoding: .utf8)
            if case .application(let form) = try decoder.decode(text).form { forms[name] = form }
        }
        return forms
    }

    @Test func oneCommandPrintsTheNoticesInPostalOrderWithTheirListAndPasswords() throws {
        let out = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let print = out.appendingPathComponent("print.pdf")
        let result = try BatchSupport.run([
            Self.applications, "--derive", "approval", "--date", "2026-12-01", "--decisions", Self.decisions,
            "--generate-passwords", "--cover-letter", "--sort", "postalCode", "--out-dir", out.path, "--merge", print.path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let examples = try Self.examples()
        let manifest = try BatchSupport.manifest(in: out)
        let order = ["matsuyama-care.yaml", "tajiri-visiting-nursing.yaml", "furukawa-clinic.yaml", "naruko-pharmacy.yaml"]
        #expect(manifest.records.map { URL(fileURLWithPath: $0.source).lastPathComponent } == order)
        #expect(manifest.records.allSatisfy { $0.status == .rendered && $0.line > 1 })

        // passwords.csv holds every approved applicant, and no one of the rejected office.
        let book = try BatchSupport.passwordBook(in: out)
        let approved = order.filter { $0 != "tajiri-visiting-nursing.yaml" }.flatMap { examples[$0]!.applicants.map(\.mcsId) }
        #expect(Set(book.map(\.mcsId)) == Set(approved))

        // The mailing list: one envelope per notice, in print order, with no password.
        let mailing = try Data(contentsOf: out.appendingPathComponent(MailingList.fileName))
        #expect(mailing.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try BatchSupport.mode(out.appendingPathComponent(MailingList.fileName).path) == 0o600, "names and addresses")
        let rows = CSVTable(String(decoding: mailing.dropFirst(3), as: UTF8.self)).rows.map { $0.cells.map(\.text) }
        #expect(rows.first == MailingList.header)
        #expect(rows.dropFirst().map { $0[1] } == order.map { examples[$0]!.office.postalCode! })
        #expect(rows.dropFirst().map { $0[3] } == order.map { examples[$0]!.office.name! })
        #expect(rows.dropFirst().map { $0[5] } == ["2", "2", "2", "2"], "a cover letter and a one-page notice each")
        #expect(rows.dropFirst().map { $0[6] } == manifest.records.map { $0.file! })
        #expect(BatchSupport.leaks(of: book.map(\.password), in: result, out: out).isEmpty)

        // Each notice prints its own office's applicants with their passwords, and the rejection its reason.
        for (entry, name) in zip(manifest.records, order) {
            let text = try PDFText(pdf: Data(contentsOf: out.appendingPathComponent(entry.file!)))
            for applicant in examples[name]!.applicants {
                #expect(text.contains(applicant.name) && text.contains(applicant.mcsId), "\(name): \(applicant.name)")
                if let password = book.first(where: { $0.mcsId == applicant.mcsId })?.password {
                    #expect(text.contains(password), "\(name): \(applicant.mcsId)")
                }
            }
            #expect(text.contains("申込書に管理者の指定がありません") == (name == "tajiri-visiting-nursing.yaml"))
            #expect(text.contains("書類送付のご案内") && text.contains(examples[name]!.office.address!), "\(name): its cover letter")
        }

        // The print file: each envelope's cover letter, then its notice, in postal order.
        let merged = try Data(contentsOf: print)
        for (offset, name) in order.enumerated() {
            #expect(try PDFText(pdf: merged, page: 2 * offset + 1).contains("〒" + examples[name]!.office.postalCode!), "\(name)")
            #expect(try PDFText(pdf: merged, page: 2 * offset + 2).contains(examples[name]!.office.name!), "\(name)")
        }
    }

    /// The notices the batch reads from the applications carry each application's office, representative,
    /// date and applicants (name, MCS ID, 管理者) over unchanged.
    @Test func eachNoticeCarriesItsApplication() throws {
        var book: PasswordBook? = PasswordBook()
        let records = try BatchReading.read([Self.applications], passwords: &book, decoder: try Fixtures.decoder(), settings: "",
                                            derivation: BatchDerivation(date: CalendarDate(year: 2026, month: 12, day: 1)!,
                                                                        decisions: Self.decisions)).records
        let examples = try Self.examples()
        #expect(records.count == examples.count)
        for record in records {
            let application = try #require(examples[URL(fileURLWithPath: record.source).lastPathComponent])
            guard case .approval(let notice)? = record.document?.form else { Issue.record("\(record.source): \(record.problems)"); continue }
            #expect(notice.office == .init(name: application.office.name, postalCode: application.office.postalCode,
                                           address: application.office.address))
            #expect(notice.representative == application.representative)
            #expect(notice.applicationDate == application.date)
            #expect(notice.date == CalendarDate(year: 2026, month: 12, day: 1))
            #expect(notice.users.map(\.name) == application.applicants.map(\.name))
            #expect(notice.users.map(\.mcsId) == application.applicants.map(\.mcsId))
            #expect(notice.users.map(\.admin) == application.applicants.map(\.admin))
            let rejected = record.source.hasSuffix("tajiri-visiting-nursing.yaml")
            #expect(notice.decision == (rejected ? .rejected : .approved))
            #expect(notice.users.allSatisfy { ($0.password == nil) == rejected })
        }
    }

    /// A decisions file that does not say plainly which application it decides is refused, each line with its
    /// problem, before anything prints.
    @Test(arguments: [
        ("an unknown file", "application,decision,reason\nkesennuma.yaml,不承認,理由\n", Problem.decisionMatchesNothing("kesennuma.yaml"), 2),
        ("an unknown office", "office,decision\n気仙沼診療所,承認\n", .decisionMatchesNothing("気仙沼診療所"), 2),
        ("decided twice", "application,decision,reason\nnaruko-pharmacy.yaml,承認,\nnaruko-pharmacy.yaml,不承認,重複\n",
         .decidedTwice(firstLine: 2), 3),
        ("a file and an office of another", "申込書,事業所名,承認・不承認\nnaruko-pharmacy.yaml,松山ケアプランセンターひだまり,承認\n",
         .decisionMatchesNothing("naruko-pharmacy.yaml"), 2),
    ])
    func aDecisionOfNoSingleApplicationIsRefused(_ what: String, csv: String, problem: Problem, line: Int) throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try BatchSupport.write(csv, named: "decisions.csv", in: folder)
        var book: PasswordBook? = PasswordBook()
        do {
            _ = try BatchReading.read([Self.applications], passwords: &book, decoder: try Fixtures.decoder(), settings: "",
                                      derivation: BatchDerivation(date: CalendarDate(year: 2026, month: 12, day: 1)!, decisions: file))
            Issue.record("\(what): read")
        } catch let report as DiagnosticReport {
            #expect(report.file == file)
            #expect(report.diagnostics.map(\.problem) == [problem], "\(what)")
            #expect(report.diagnostics.first?.line == line, "\(what)")
        }
    }

    @Test(arguments: [
        ("no application named", "application,office,decision\n,,承認\n", Problem.decisionNamesNoApplication, 2),
        ("a word that is no decision", "application,decision\nnaruko-pharmacy.yaml,保留\n",
         .notChoice("保留", choices: ["承認", "approved", "不承認", "rejected"]), 2),
        ("a rejection without its reason", "application,decision\nnaruko-pharmacy.yaml,不承認\n",
         .requiredWhen(key: "decision", value: "rejected", label: "承認・不承認", choice: "不承認"), 2),
        ("an unknown column", "application,decision,memo\nnaruko-pharmacy.yaml,承認,x\n",
         .unknownColumn("memo", suggestion: nil, known: ["application", "申込書", "office", "事業所名", "decision", "承認・不承認", "reason", "不承認理由"]), 1),
    ])
    func aDecisionsLineThatIsNotADecisionIsNamed(_ what: String, csv: String, problem: Problem, line: Int) throws {
        do {
            _ = try DecisionFile.csv(csv)
            Issue.record("\(what): read")
        } catch {
            #expect(error.diagnostics.map(\.problem) == [problem], "\(what)")
            #expect(error.diagnostics.first?.line == line, "\(what)")
        }
    }

    @Test func theSameDecisionsInYAMLReadAsInCSV() throws {
        let yaml = """
            - { application: tajiri-visiting-nursing.yaml, decision: rejected, reason: 管理者の指定がありません }
            - { office: 鳴子温泉ゆもと薬局, decision: 承認 }
            """
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromYAML = try DecisionFile.read(try BatchSupport.write(yaml, named: "decisions.yaml", in: folder))
        let fromCSV = try DecisionFile.csv("application,office,decision,reason\ntajiri-visiting-nursing.yaml,,不承認,管理者の指定がありません\n,鳴子温泉ゆもと薬局,approved,\n")
        #expect(fromYAML.map(\.decision) == fromCSV.map(\.decision))
        #expect(fromYAML.map(\.name) == fromCSV.map(\.name))
        #expect(fromYAML.map(\.reason) == fromCSV.map(\.reason))
        #expect(fromYAML.map(\.line) == [1, 2] && fromCSV.map(\.line) == [2, 3])
    }

    @Test func approvalsWithoutPasswordsStopTheRunAndOtherFormsFailAlone() throws {
        var none: PasswordBook?
        #expect(throws: BatchError(.derivedApprovalNeedsPasswords(count: 4))) {
            _ = try BatchReading.read([Self.applications], passwords: &none, decoder: try Fixtures.decoder(), settings: "",
                                      derivation: BatchDerivation(date: CalendarDate(year: 2026, month: 12, day: 1)!))
        }
        var book: PasswordBook? = PasswordBook()
        let notice = Fixtures.root.appendingPathComponent("Examples/approval.yaml").path
        let records = try BatchReading.read([notice, Self.applications + "/naruko-pharmacy.yaml"], passwords: &book,
                                            decoder: try Fixtures.decoder(), settings: "",
                                            derivation: BatchDerivation(date: CalendarDate(year: 2026, month: 12, day: 1)!)).records
        #expect(records.map { $0.problems.map(\.problem) } == [[.notAnApplication("approval")], []])
        #expect(records[1].document != nil)
    }
}
