import Core
import FormModels

extension ApprovalNotice {
    /// Fields of 別紙様式2, the `users` rows, and the condition `approved`, `rejected` or `undecided`.
    func displayValues() -> DisplayValues {
        let fields = [
            "date": DisplayText.date(date),
            "office.name": office.name ?? "",
            "representative": representative ?? "",
            "applicationDate": DisplayText.date(applicationDate),
            "rejectionReason": rejectionReason ?? "",
        ]
        let rows = users.enumerated().map { index, user in
            DisplayRow(fields: [
                "name": user.name,
                "sex": user.sex?.rawValue ?? "",
                "mcsId": user.mcsId,
                "password": user.password?.value ?? "",
                "admin": DisplayText.admin(user.admin),
            ], sourceIndex: index)
        }
        return DisplayValues(fields: fields, lists: ["users": rows], conditions: [decision?.rawValue ?? "undecided"])
    }
}
