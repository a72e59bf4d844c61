import FormModels

extension ApprovalNotice {
    /// Reads 別紙様式2 from the input's root mapping: approved needs users with passwords,
    /// rejected needs `rejectionReason`, and the notice cannot predate the application.
    init(reading file: MappingReader) {
        let dateValue = file.optional("date")
        let date = dateValue?.date()
        let applicationDate = file.date("applicationDate")
        let decision = file.required("decision")?.choice(Decision.self)
        let mcsIds = McsIdRegister()
        let users = file.optional("users")?.items { item in
            item.mapping { User(reading: $0, decision: decision, mcsIds: mcsIds) } ?? nil
        }
        let reasonValue = file.optional("rejectionReason")
        let rejectionReason = reasonValue?.text()
        if decision == .approved, users?.isEmpty ?? true {
            file.reportMissing("users", message: Wording.requiredWhen("decision", is: Decision.approved.rawValue))
        }
        if decision == .rejected, !(rejectionReason?.contains { !$0.isWhitespace } ?? false) {
            file.reportMissing("rejectionReason", message: Wording.requiredWhen("decision", is: Decision.rejected.rawValue))
        }
        if decision == .approved, let reasonValue {
            reasonValue.report(Wording.onlyWhen("decision", is: Decision.rejected.rawValue))
        }
        if let dateValue, let date, let applicationDate, date < applicationDate {
            dateValue.report(Wording.noticeBeforeApplication(date, applicationDate))
        }
        self.init(date: date, office: file.group("office", Office.init(reading:)) ?? Office(),
                  representative: file.text("representative"), applicationDate: applicationDate,
                  decision: decision, users: users ?? [], rejectionReason: rejectionReason)
    }
}

extension ApprovalNotice.Office {
    init(reading office: MappingReader) {
        self.init(name: office.text("name"))
    }
}

extension ApprovalNotice.User {
    init?(reading user: MappingReader, decision: ApprovalNotice.Decision?, mcsIds: McsIdRegister) {
        let name = user.requiredText("name")
        let sex = user.optional("sex")?.choice(Sex.self)
        let mcsId = user.required("mcsId")?.mcsId(register: mcsIds)
        let passwordValue = decision == .approved ? user.required("password") : user.optional("password")
        if decision == .rejected, let passwordValue {
            passwordValue.report(Wording.onlyWhen("decision", is: ApprovalNotice.Decision.approved.rawValue))
        }
        let password = passwordValue?.password(name: name, mcsId: mcsId)
        let admin = user.flag("admin")
        guard let name, let mcsId else { return nil }
        self.init(name: name, sex: sex, mcsId: mcsId, password: password, admin: admin)
    }
}
