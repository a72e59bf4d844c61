extension ConsentForm {
    /// The consent form of checked input values (`ConsentContract`); without `copies`, both copies,
    /// the patient's first.
    public init(_ values: ContractValues) {
        typealias Keys = ConsentContract
        let copies = (values.list(Keys.copies) ?? []).compactMap { copy -> Copy? in
            if case .text(let name) = copy { return Copy(rawValue: name) }
            return nil
        }
        let family = values.group(Keys.family), proxy = values.group(Keys.proxy)
        self.init(
            copies: copies.isEmpty ? Copy.allCases : copies,
            date: values.date(Keys.date),
            patient: Person(name: values.group(Keys.patient).text(Keys.patientName),
                            address: values.group(Keys.patient).text(Keys.patientAddress)),
            family: Relative(name: family.text(Keys.relativeName), relationship: family.text(Keys.relationship),
                             address: family.text(Keys.relativeAddress)),
            proxy: Relative(name: proxy.text(Keys.relativeName), relationship: proxy.text(Keys.relationship),
                            address: proxy.text(Keys.relativeAddress)),
            explainer: Explainer(office: values.group(Keys.explainer).text(Keys.explainerOffice),
                                 name: values.group(Keys.explainer).text(Keys.explainerName)))
    }
}
