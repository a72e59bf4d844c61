/// 別紙様式3 退会届: the keys of its input.
public enum WithdrawalContract {
    public static let date = ContractField("date", .date, label: "届出日")
    public static let officeName = ContractField("name", .text, label: "事業所名")
    public static let office = ContractField("office", .group([officeName]), label: "事業所")
    public static let submitterName = ContractField("name", .text, label: "氏名")
    public static let submitterPhone = ContractField("phone", .phone, label: "連絡先電話番号")
    public static let submitter = ContractField("submitter", .group([submitterName, submitterPhone]), label: "届出者")
    public static let effectiveDate = ContractField("effectiveDate", .date, label: "退会日", hint: "この日付で退会します")
    public static let reason = ContractField("reason", .text, label: "退会理由")

    public static let name = ContractField("name", .text, required: true, label: "氏名")
    public static let sex = UserRow.sex
    public static let mcsId = ContractField("mcsId", .mcsId, required: true, label: "MCS ID")
    public static let admin = UserRow.admin
    public static let users = ContractField(
        "users", .list(.group([name, sex, mcsId, admin]), nonEmpty: false, uniqueBy: mcsId), label: "退会する利用者情報")

    public static let form = FormContract(
        kind: .withdrawal, title: "別紙様式3 退会届",
        fields: [FormContract.formField(.withdrawal), date, office, submitter, effectiveDate, reason, users],
        addressee: [office, officeName])
}
