import FormModels

extension ApplicationForm {
    /// Reads 別紙様式1 from the input's root mapping.
    init(reading file: MappingReader, tables: CodeTables) {
        let mcsIds = McsIdRegister()
        self.init(
            date: file.date("date"),
            office: file.group("office", Office.init(reading:)) ?? Office(),
            representative: file.text("representative"),
            facilityType: file.optional("facilityType")?.code(in: tables.facilityTypes),
            applicants: file.optional("applicants")?.items { item in
                item.mapping { Applicant(reading: $0, tables: tables, mcsIds: mcsIds) } ?? nil
            } ?? []
        )
    }
}

extension ApplicationForm.Office {
    init(reading office: MappingReader) {
        self.init(
            name: office.text("name"),
            postalCode: office.optional("postalCode")?.postalCode(),
            address: office.text("address"),
            phone: office.optional("phone")?.phoneNumber()
        )
    }
}

extension ApplicationForm.Applicant {
    init?(reading applicant: MappingReader, tables: CodeTables, mcsIds: McsIdRegister) {
        let registeredOn = applicant.date("registeredOn")
        let name = applicant.requiredText("name")
        let kana = applicant.optional("kana")?.kana()
        let occupation = applicant.optional("occupation")?.code(in: tables.occupations)
        let mcsId = applicant.required("mcsId")?.mcsId(register: mcsIds)
        let admin = applicant.flag("admin")
        guard let name, let mcsId else { return nil }
        self.init(registeredOn: registeredOn, name: name, kana: kana, occupation: occupation, mcsId: mcsId, admin: admin)
    }
}
