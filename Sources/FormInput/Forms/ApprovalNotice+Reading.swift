import FormModels

extension ApprovalNotice {
    /// Reads 別紙様式2 from the input's root mapping: approved needs users with passwords and the
    /// notice's office, representative and both dates (a notice carrying passwords must say whose they
    /// are), rejected needs `rejectionReason`, and the notice cannot predate the application.
    init(reading file: MappingReader) {
        let decision = file.required("decision")?.choice(Decision.self)
        let whenApproved = Wording.requiredWhen("decision", is: Decision.approved.rawValue)
        let approved = decision == .approved
        let dateValue = approved ? file.required("date", missing: whenApproved) : file.optional("date")
        let date = dateValue?.date()
        let applicationDate = (approved ? file.required("applicationDate", missing: whenApproved) : file.optional("applicationDate"))?.date()
        let representative = approved ? file.requiredText("representative", missing: whenApproved) : file.text("representative")
        let office = (approved ? file.required("office", missing: whenApproved) : file.optional("office"))?.mapping(Office.init(reading:))
        let mcsIds = McsIdRegister()
        let users = file.optional("users")?.items { item in
            item.mapping { User(reading: $0, decision: decision, mcsIds: mcsIds) } ?? nil
        }
        let reasonValue = file.optional("rejectionReason")
        let rejectionReason = reasonValue?.text()
        if approved, users?.isEmpty ?? true {
            file.reportMissing("users", message: whenApproved)
        }
        if decision == .rejected, !(rejectionReason?.contains { !$0.isWhitespace } ?? false) {
            file.reportMissing("rejectionReason", message: Wording.requiredWhen("decision", is: Decision.rejected.rawValue))
        }
        if approved, let reasonValue {
            reasonValue.report(Wording.onlyWhen("decision", is: Decision.rejected.rawValue))
        }
        if let dateValue, let date, let applicationDate, date < applicationDate {
            dateValue.report(Wording.noticeBeforeApplication(date, applicationDate))
        }
        self.init(date: date, office: (office ?? nil) ?? Office(), representative: representative,
                  applicationDate: applicationDate, decision: decision, users: users ?? [], rejectionReason: rejectionReason)
    }
}

extension ApprovalNotice.Office {
    /// The addressed office, which is known by its name.
    init(reading office: MappingReader) {
        self.init(name: office.requiredText("name"))
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
