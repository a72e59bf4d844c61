import Core
import FormModels

extension WithdrawalNotice {
    /// Fields of 別紙様式3 and the `users` rows.
    func displayValues() -> DisplayValues {
        let fields = [
            "date": DisplayText.date(date),
            "office.name": office.name ?? "",
            "submitter.name": submitter.name ?? "",
            "submitter.phone": submitter.phone ?? "",
            "effectiveDate": DisplayText.date(effectiveDate),
            "reason": reason ?? "",
        ]
        let rows = users.enumerated().map { index, user in
            DisplayRow(fields: [
                "name": user.name,
                "sex": user.sex?.rawValue ?? "",
                "mcsId": user.mcsId,
                "admin": DisplayText.admin(user.admin),
            ], sourceIndex: index)
        }
        return DisplayValues(fields: fields, lists: ["users": rows])
    }
}
