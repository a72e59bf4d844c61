extension ApplicationForm {
    /// The application of checked input values (`ApplicationContract`).
    public init(_ values: ContractValues) {
        typealias Keys = ApplicationContract
        let office = values.group(Keys.office)
        self.init(
            date: values.date(Keys.date),
            office: Office(name: office.text(Keys.officeName), postalCode: office.text(Keys.officePostalCode),
                           address: office.text(Keys.officeAddress), phone: office.text(Keys.officePhone)),
            representative: values.text(Keys.representative),
            facilityType: values.code(Keys.facilityType),
            applicants: values.items(Keys.applicants).map { item in
                Applicant(registeredOn: item.date(Keys.registeredOn), name: item.text(Keys.name) ?? "", kana: item.text(Keys.kana),
                          occupation: item.code(Keys.occupation), mcsId: item.text(Keys.mcsId) ?? "", admin: item.flag(Keys.admin))
            })
    }
}
