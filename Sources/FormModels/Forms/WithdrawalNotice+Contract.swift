extension WithdrawalNotice {
    /// The notice of checked input values (`WithdrawalContract`).
    public init(_ values: ContractValues) {
        typealias Keys = WithdrawalContract
        let submitter = values.group(Keys.submitter)
        self.init(
            date: values.date(Keys.date),
            office: Office(name: values.group(Keys.office).text(Keys.officeName)),
            submitter: Submitter(name: submitter.text(Keys.submitterName), phone: submitter.text(Keys.submitterPhone)),
            effectiveDate: values.date(Keys.effectiveDate),
            reason: values.text(Keys.reason),
            users: values.items(Keys.users).map { item in
                User(name: item.text(Keys.name) ?? "", sex: item.choice(Keys.sex, as: Sex.self), mcsId: item.text(Keys.mcsId) ?? "",
                     admin: item.flag(Keys.admin))
            })
    }
}
