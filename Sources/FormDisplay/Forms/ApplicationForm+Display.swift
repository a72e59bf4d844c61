import Core
import FormModels

extension ApplicationForm {
    /// Fields of 別紙様式1, the `applicants` rows, and the 別表 lists `facilityTypes` and `occupations`.
    func displayValues(tables: CodeTables) -> DisplayValues {
        let fields = [
            "date": DisplayText.date(date),
            "office.name": office.name ?? "",
            "office.postalCode": office.postalCode ?? "",
            "office.address": office.address ?? "",
            "office.phone": office.phone ?? "",
            "representative": representative ?? "",
            "facilityType": DisplayText.code(facilityType, in: tables.facilityTypes),
        ]
        let rows = applicants.enumerated().map { index, applicant in
            DisplayRow(fields: [
                "registeredOn": DisplayText.cellDate(applicant.registeredOn),
                "name": applicant.name,
                "kana": applicant.kana ?? "",
                "occupation": DisplayText.code(applicant.occupation, in: tables.occupations),
                "mcsId": applicant.mcsId,
                "admin": DisplayText.admin(applicant.admin),
            ], sourceIndex: index)
        }
        return DisplayValues(fields: fields, lists: [
            "applicants": rows,
            "facilityTypes": DisplayText.rows(of: tables.facilityTypes),
            "occupations": DisplayText.rows(of: tables.occupations),
        ])
    }
}
