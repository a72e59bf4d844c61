/// 別紙様式2 利用承認(不承認)連絡書: the keys of its input.
public enum ApprovalContract {
    public static let date = ContractField("date", .date, label: "通知日", hint: "承認のときは必須")
    public static let officeName = ContractField("name", .text, required: true, label: "事業所名")
    /// The office's address, as its application gives it: printed on the cover letter and the mailing list only.
    public static let officePostalCode = ApplicationContract.officePostalCode
    public static let officeAddress = ApplicationContract.officeAddress
    public static let office = ContractField(
        "office", .group([officeName, officePostalCode, officeAddress]), label: "事業所", hint: "承認のときは必須")
    public static let representative = ContractField("representative", .text, label: "申請代表者名", hint: "承認のときは必須")
    public static let applicationDate = ContractField("applicationDate", .date, label: "申込日", hint: "承認のときは必須")
    public static let decision = ContractField(
        "decision", .choice([ContractChoice("approved", label: "承認"), ContractChoice("rejected", label: "不承認")]),
        required: true, label: "承認・不承認", hint: "approved（承認）か rejected（不承認）", choosesVariant: true)

    public static let name = ContractField("name", .text, required: true, label: "氏名")
    public static let sex = UserRow.sex
    public static let mcsId = ContractField("mcsId", .mcsId, required: true, label: "MCS ID")
    public static let password = ContractField(
        "password", .password(notLike: [name, mcsId]), label: "パスワード", hint: "承認のときは必須。英字と数字を混ぜて8文字以上")
    public static let admin = UserRow.admin
    public static let users = ContractField(
        "users", .list(.group([name, sex, mcsId, password, admin]), nonEmpty: false, uniqueBy: mcsId),
        label: "利用者", hint: "承認のときは必須")
    public static let rejectionReason = ContractField("rejectionReason", .text, label: "不承認理由", hint: "不承認のときは必須")

    public static let form = FormContract(
        kind: .approval, title: "別紙様式2 利用承認(不承認)連絡書",
        fields: [FormContract.formField(.approval), date, office, representative, applicationDate, decision, users, rejectionReason],
        rules: [
            ContractRule(when: decision, is: ApprovalNotice.Decision.approved.rawValue,
                         required: [.init(date), .init(office), .init(representative), .init(applicationDate), .init(users),
                                    .init(password, inItemsOf: users)],
                         forbidden: [.init(rejectionReason)]),
            ContractRule(when: decision, is: ApprovalNotice.Decision.rejected.rawValue,
                         required: [.init(rejectionReason)], forbidden: [.init(password, inItemsOf: users)]),
        ],
        checks: [.notBefore(later: date, earlier: applicationDate)],
        addressee: [office, officeName])
}

/// The columns a user row of the approval and withdrawal tables shares.
public enum UserRow {
    public static let sex = ContractField("sex", .choice(Sex.allCases.map { ContractChoice($0.rawValue, label: $0.rawValue) }), label: "性別")
    public static let admin = ContractField("admin", .flag, label: "管理者", hint: "該当者に○")
}
