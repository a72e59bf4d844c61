/// 別紙様式1 利用申込書および誓約同意書: the keys of its input.
public enum ApplicationContract {
    public static let date = ContractField("date", .date, label: "申し込み及び誓約日")
    public static let officeName = ContractField("name", .text, label: "事業所名")
    public static let officePostalCode = ContractField("postalCode", .postalCode, label: "郵便番号", hint: "989-6136 のように")
    public static let officeAddress = ContractField("address", .text, label: "住所")
    public static let officePhone = ContractField("phone", .phone, label: "電話番号", hint: "0229-25-5376 のように")
    public static let office = ContractField(
        "office", .group([officeName, officePostalCode, officeAddress, officePhone]), label: "事業所")
    public static let representative = ContractField("representative", .text, label: "申請代表者 氏名")
    public static let facilityType = ContractField(
        "facilityType", .code(.facilityTypes), label: "施設の種類", hint: "別表1 の番号か名前")

    public static let registeredOn = ContractField("registeredOn", .date, label: "登録日")
    public static let name = ContractField("name", .text, required: true, label: "氏名")
    public static let kana = ContractField("kana", .kana, label: "ふりがな")
    public static let occupation = ContractField("occupation", .code(.occupations), label: "職種", hint: "別表2 の番号か名前")
    public static let mcsId = ContractField("mcsId", .mcsId, required: true, label: "MCS ID（登録メールアドレス）")
    public static let admin = ContractField("admin", .flag, label: "管理者")
    public static let applicants = ContractField(
        "applicants", .list(.group([registeredOn, name, kana, occupation, mcsId, admin]), nonEmpty: false, uniqueBy: mcsId),
        label: "申込者情報", hint: "10人ごとに1枚")

    public static let form = FormContract(
        kind: .application, title: "別紙様式1 利用申込書および誓約同意書",
        fields: [FormContract.formField(.application), date, office, representative, facilityType, applicants],
        addressee: [office, officeName])
}
