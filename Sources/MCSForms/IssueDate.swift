import FormModels

/// The PDF creation date of a form, fixed so that the same input always gives the same bytes.
///
/// It is the form's own date at midnight in Japan; a form without a date (a blank one) takes the
/// date of the rules' revision the forms come from, 令和3年3月1日.
enum IssueDate {
    static let rulesRevision = "2021-03-01T00:00:00+09:00"

    static func creationDate(of document: FormDocument) -> String {
        guard let date = document.date else { return rulesRevision }
        return "\(date)T00:00:00+09:00"
    }
}

extension FormDocument {
    /// The date printed at the top of the form, if the input gives one.
    var date: CalendarDate? {
        switch form {
        case .application(let form): form.date
        case .approval(let form): form.date
        case .withdrawal(let form): form.date
        case .consent(let form): form.date
        }
    }
}
