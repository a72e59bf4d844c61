import FormModels

extension WithdrawalNotice {
    /// Reads 別紙様式3 from the input's root mapping.
    init(reading file: MappingReader) {
        let mcsIds = McsIdRegister()
        self.init(
            date: file.date("date"),
            office: file.group("office", Office.init(reading:)) ?? Office(),
            submitter: file.group("submitter", Submitter.init(reading:)) ?? Submitter(),
            effectiveDate: file.date("effectiveDate"),
            reason: file.text("reason"),
            users: file.optional("users")?.items { item in
                item.mapping { User(reading: $0, mcsIds: mcsIds) } ?? nil
            } ?? []
        )
    }
}

extension WithdrawalNotice.Office {
    init(reading office: MappingReader) {
        self.init(name: office.text("name"))
    }
}

extension WithdrawalNotice.Submitter {
    init(reading submitter: MappingReader) {
        self.init(name: submitter.text("name"), phone: submitter.optional("phone")?.phoneNumber())
    }
}

extension WithdrawalNotice.User {
    init?(reading user: MappingReader, mcsIds: McsIdRegister) {
        let name = user.requiredText("name")
        let sex = user.optional("sex")?.choice(Sex.self)
        let mcsId = user.required("mcsId")?.mcsId(register: mcsIds)
        let admin = user.flag("admin")
        guard let name, let mcsId else { return nil }
        self.init(name: name, sex: sex, mcsId: mcsId, admin: admin)
    }
}
