extension ApprovalNotice {
    /// The notice of checked input values (`ApprovalContract`).
    public init(_ values: ContractValues) {
        typealias Keys = ApprovalContract
        self.init(
            date: values.date(Keys.date),
            office: Office(name: values.group(Keys.office).text(Keys.officeName),
                           postalCode: values.group(Keys.office).text(Keys.officePostalCode),
                           address: values.group(Keys.office).text(Keys.officeAddress)),
            representative: values.text(Keys.representative),
            applicationDate: values.date(Keys.applicationDate),
            decision: values.choice(Keys.decision, as: Decision.self),
            users: values.items(Keys.users).map { item in
                User(name: item.text(Keys.name) ?? "", sex: item.choice(Keys.sex, as: Sex.self), mcsId: item.text(Keys.mcsId) ?? "",
                     password: item.secret(Keys.password), admin: item.flag(Keys.admin))
            },
            rejectionReason: values.text(Keys.rejectionReason))
    }
}
