import Foundation
import FormRender
import Core
import FormInput
import FormModels

/// The approval notice (別紙様式2) that answers an application (別紙様式1), as input in the contract's
/// format, so that nothing is typed twice: the office with its address, the representative, the application's date and
/// each applicant's name, MCS ID and 管理者 carry over; 性別 is left to choose, as the application does not
/// give it. The desk's 「承認連絡書を作成」「不承認連絡書を作成」 and `mcs-forms derive` make it.
public enum NoticeDerivation {
    /// What the notice decides.
    public enum Decision: Sendable {
        /// Approved; each user gets an initial password when `generatingPasswords`.
        case approved(generatingPasswords: Bool)
        /// Rejected, with the reason to print (to write by hand or in the desk when nil).
        case rejected(reason: String?)
    }

    /// The notice's input, dated `date` (the notice's own date: the day it is sent).
    public static func approval(from application: ApplicationForm, date: CalendarDate?, decision: Decision) -> JSONValue {
        var generator = PasswordGenerator()
        let users: [JSONValue] = application.applicants.map { applicant in
            var row: [(String, JSONValue)] = [
                (ApprovalContract.name.key, .string(applicant.name)),
                (ApprovalContract.mcsId.key, .string(applicant.mcsId)),
            ]
            if case .approved(true) = decision {
                row.append((ApprovalContract.password.key, .string(generator.password(name: applicant.name, mcsId: applicant.mcsId))))
            }
            if applicant.admin { row.append((ApprovalContract.admin.key, .bool(true))) }
            return .object(row)
        }
        var members: [(String, JSONValue)] = [(FormContract.formKey, .string(FormKind.approval.rawValue))]
        if let date { members.append((ApprovalContract.date.key, .string(date.description))) }
        if let office = application.office.name {
            let address = [(ApprovalContract.officePostalCode, application.office.postalCode),
                           (ApprovalContract.officeAddress, application.office.address)]
                .compactMap { field, value in value.map { (field.key, JSONValue.string($0)) } }
            members.append((ApprovalContract.office.key, .object([(ApprovalContract.officeName.key, .string(office))] + address)))
        }
        if let representative = application.representative {
            members.append((ApprovalContract.representative.key, .string(representative)))
        }
        if let applied = application.date { members.append((ApprovalContract.applicationDate.key, .string(applied.description))) }
        switch decision {
        case .approved:
            members.append((ApprovalContract.decision.key, .string(ApprovalNotice.Decision.approved.rawValue)))
            if !users.isEmpty { members.append((ApprovalContract.users.key, .array(users))) }
        case .rejected(let reason):
            members.append((ApprovalContract.decision.key, .string(ApprovalNotice.Decision.rejected.rawValue)))
            if !users.isEmpty { members.append((ApprovalContract.users.key, .array(users))) }
            if let reason { members.append((ApprovalContract.rejectionReason.key, .string(reason))) }
        }
        return .object(members)
    }
}

extension NoticeDerivation {
    /// Writes a derived input as YAML to `url` through a temporary file; readable by its owner only when it
    /// holds passwords.
    public static func write(_ input: JSONValue, to url: URL, holdsPasswords: Bool) throws {
        try AtomicFileWriter.write(Data(input.yamlText.utf8), to: url, mode: holdsPasswords ? 0o600 : 0o644)
    }

    /// Today in Japan, where the notices are sent from.
    public static var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
