import Core
import Foundation
import FormInput
import FormModels

/// The records of `batch --derive approval`: each application read from the inputs, checked as an
/// application, matched with its decision, and turned into the approval notice that answers it.
///
/// A notice keeps its application's file and line as its own source, so the manifest and every message
/// about it name the application, and a problem of the notice is placed at the application's value it came
/// from (`users[1].name` at `applicants[1].name`). An application with problems fails as its own record;
/// the others print. A decisions file that names no given application, or names one twice, stops the run
/// before anything is written, as does an approval without `--generate-passwords`.
enum NoticesFromApplications {
    /// One record of an input file, with the file.
    typealias SourcedRecord = (source: String, record: RawRecord)

    static func derive(_ records: [SourcedRecord], _ derivation: BatchDerivation, generatingPasswords: Bool,
                       decoder: InputDecoder) throws -> [SourcedRecord] {
        let applications = records.map { read($0.record, decoder: decoder) }
        let decisions = try derivation.decisions.map(DecisionFile.read) ?? []
        let decided = try DecisionMatching(decisions, sources: records.map(\.source),
                                           offices: applications.map { $0.form?.office.name })
            .decisions(file: derivation.decisions ?? "")
        let approvals = applications.indices.filter { applications[$0].form != nil && decided[$0]?.decision != .rejected }
        if !approvals.isEmpty && !generatingPasswords { throw BatchError(.derivedApprovalNeedsPasswords(count: approvals.count)) }
        return records.indices.map { index in
            let (source, record) = records[index]
            switch applications[index] {
            case .failed(let failed):
                return (source, failed)
            case .application(let application):
                let decision: NoticeDerivation.Decision = decided[index]?.decision == .rejected
                    ? .rejected(reason: decided[index]?.reason) : .approved(generatingPasswords: false)
                let notice = NoticeDerivation.approval(from: application, date: derivation.date, decision: decision)
                return (source, RawRecord(node: notice.yamlNode, positions: record.positions.translated(by: noticePath(of:))))
            }
        }
    }

    /// A record read as an application.
    private enum Reading {
        case application(ApplicationForm)
        /// Not an application, or not a valid one: the record with its problems, placed in its file.
        case failed(RawRecord)

        var form: ApplicationForm? {
            if case .application(let form) = self { form } else { nil }
        }
    }

    private static func read(_ record: RawRecord, decoder: InputDecoder) -> Reading {
        guard let node = record.node, record.problems.isEmpty else { return .failed(record) }
        var failed = record
        let form = record.text(at: FormContract.formKey)
        guard form == FormKind.application.rawValue else {
            failed.problems = [record.positions.place(Diagnostic(path: FieldPath([.key(FormContract.formKey)]),
                                                                 problem: .notAnApplication(form.map { Shown.value($0, at: .root) } ?? "")))]
            return .failed(failed)
        }
        do {
            if case .application(let application) = try decoder.decode(node: node, redaction: Redaction([])).form {
                return .application(application)
            }
        } catch {
            failed.problems = error.diagnostics.map(record.positions.place)
        }
        return .failed(failed)
    }

    /// Where a value of the notice came from in its application: users from applicants, the application's
    /// date from its `date`; the office and representative from themselves.
    private static func noticePath(of applicationPath: FieldPath) -> FieldPath? {
        guard case .key(let first)? = applicationPath.components.first else { return applicationPath }
        let rest = Array(applicationPath.components.dropFirst())
        switch first {
        case ApplicationContract.applicants.key: return FieldPath([.key(ApprovalContract.users.key)] + rest)
        case ApplicationContract.date.key: return FieldPath([.key(ApprovalContract.applicationDate.key)] + rest)
        case ApplicationContract.office.key, ApplicationContract.representative.key: return applicationPath
        default: return nil
        }
    }
}
