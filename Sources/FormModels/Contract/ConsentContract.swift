/// 別紙様式4 個人情報使用同意書: the keys of its input. Every name and address may be left out, to be
/// written by hand.
public enum ConsentContract {
    public static let copies = ContractField(
        "copies", .list(.choice([ContractChoice("patient", label: "患者様用"), ContractChoice("staff", label: "事業所保管用")]),
                        nonEmpty: true, uniqueBy: nil),
        label: "印刷する控え", hint: "書かなければ両方（患者様用が先）")
    public static let date = ContractField("date", .date, label: "同意日")

    public static let patientName = ContractField("name", .text, label: "氏名")
    public static let patientAddress = ContractField("address", .text, label: "住所")
    public static let patient = ContractField("patient", .group([patientName, patientAddress]), label: "患者様")

    public static let relativeName = ContractField("name", .text, label: "氏名")
    public static let relationship = ContractField("relationship", .text, label: "続柄")
    public static let relativeAddress = ContractField("address", .text, label: "住所")
    public static let family = ContractField("family", .group([relativeName, relationship, relativeAddress]), label: "ご家族様")
    public static let proxy = ContractField("proxy", .group([relativeName, relationship, relativeAddress]), label: "署名代筆者")

    public static let explainerOffice = ContractField("office", .text, label: "事業所名")
    public static let explainerName = ContractField("name", .text, label: "氏名")
    public static let explainer = ContractField(
        "explainer", .group([explainerOffice, explainerName]), label: "同意書説明者", hint: "本同意書保管先")

    public static let form = FormContract(
        kind: .consent, title: "別紙様式4 個人情報使用同意書",
        fields: [FormContract.formField(.consent), copies, date, patient, family, proxy, explainer],
        addressee: [explainer, explainerOffice])
}
