import Core
import Testing

/// One bad input and the diagnostic it must give.
struct BadInput: CustomTestStringConvertible, Sendable {
    let input: String
    let path: String
    let message: String
    var hint: String?

    var testDescription: String { "\(path): \(message)" }
}

let badInputs: [BadInput] = [
    // 形式
    BadInput(input: "", path: "", message: "入力が空です"),
    BadInput(input: "- form: application", path: "", message: "「項目: 値」の形で書いてください"),
    BadInput(input: "{ form: application", path: "", message: "YAML または JSON として読めません"),
    BadInput(input: "form: application\nform: consent", path: "", message: "同じ項目が2回以上書かれています: form"),
    BadInput(input: "{ \"form\": \"consent\" \"date\": 1 }", path: "", message: "YAML または JSON として読めません"),
    // form
    BadInput(input: "date: 2026-11-24", path: "form", message: "必須項目がありません"),
    BadInput(input: "form: invoice", path: "form",
             message: "invoice は使えません。application、approval、withdrawal、consent のいずれかで書いてください"),
    // 項目名
    BadInput(input: application(extra: ", ofice: { name: 診療所 }"), path: "ofice", message: "この項目は使えません",
             hint: "office ではありませんか"),
    BadInput(input: application(extra: ", office: { nmae: 診療所 }"), path: "office.nmae", message: "この項目は使えません",
             hint: "name ではありませんか"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsID: ichiro@example.jp }"), path: "applicants[0].mcsID",
             message: "この項目は使えません", hint: "mcsId ではありませんか"),
    BadInput(input: application(extra: ", zzz: 1"), path: "zzz", message: "この項目は使えません",
             hint: "使える項目: form, date, office, representative, facilityType, applicants"),
    BadInput(input: "{ form: consent, patient: { name: 古川 花子, adress: 大崎市 } }", path: "patient.adress",
             message: "この項目は使えません", hint: "address ではありませんか"),
    BadInput(input: "{ form: consent, patient: { name:古川 } }", path: "patient.name:****",
             message: "この項目は使えません", hint: "「:」の後ろに半角の空白を入れてください"),
    BadInput(input: approval(user: "password:Rk7mPq2vXa9t"), path: "users[0].password:****",
             message: "この項目は使えません", hint: "「:」の後ろに半角の空白を入れてください"),
    BadInput(input: approval(user: "password Rk7mPq2vXa9t"), path: "users[0].password ****",
             message: "この項目は使えません", hint: "項目名と値は「項目: 値」の形で、「:」の後ろに半角の空白を入れて書いてください"),
    BadInput(input: approval(user: "password=Rk7mPq2vXa9t"), path: "users[0].password=****",
             message: "この項目は使えません", hint: "項目名と値は「項目: 値」の形で、「:」の後ろに半角の空白を入れて書いてください"),
    BadInput(input: approval(user: "Rk7mPq2vXa9t: x"), path: "users[0].****", message: "この項目は使えません"),
    // 大きさ
    BadInput(input: "{ form: consent, patient: { name: \(String(repeating: "長", count: 1001)) } }", path: "patient.name",
             message: "長すぎます（1001 文字）。どの欄にも収まらないため、1000 文字までにしてください"),
    BadInput(input: application(applicant: Array(repeating: "{ name: A, mcsId: a@b.jp }", count: 1001).joined(separator: ", ")),
             path: "applicants", message: "1001 件は多すぎます。1000 件までにしてください"),
    BadInput(input: "form: consent\npatient: &p { name: 古川 花子 }\nfamily: *p", path: "family",
             message: "別名（&名前 と *名前）は使えません", hint: "値をそれぞれの場所にそのまま書いてください"),
    // 型
    BadInput(input: application(extra: ", office: 古川みどり診療所"), path: "office", message: "「項目: 値」の形で書いてください"),
    BadInput(input: "{ form: application, applicants: { name: 大崎 } }", path: "applicants",
             message: "「- 」で始まるリストで書いてください"),
    BadInput(input: application(applicant: "{ name: [大崎, 一郎], mcsId: ichiro@example.jp }"), path: "applicants[0].name",
             message: "文字列で書いてください"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, admin: yes }"),
             path: "applicants[0].admin", message: "yes は true か false で書いてください"),
    BadInput(input: application(extra: ", facilityType: [1]"), path: "facilityType", message: "文字列で書いてください"),
    // 必須項目
    BadInput(input: application(applicant: "{ mcsId: ichiro@example.jp }"), path: "applicants[0].name", message: "必須項目がありません"),
    BadInput(input: application(applicant: "{ name: \"  \", mcsId: ichiro@example.jp }"), path: "applicants[0].name",
             message: "必須項目がありません"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎 }"), path: "applicants[0].mcsId", message: "必須項目がありません"),
    BadInput(input: "{ form: approval, applicationDate: 2026-11-24 }", path: "decision", message: "必須項目がありません"),
    BadInput(input: "{ form: approval, decision: approved }", path: "users", message: "decision が approved のときは必須です"),
    BadInput(input: "{ form: approval, decision: approved, users: [] }", path: "users",
             message: "decision が approved のときは必須です"),
    BadInput(input: approval(user: "admin: true"), path: "users[0].password", message: "decision が approved のときは必須です"),
    BadInput(input: approval().replacingOccurrences(of: "office: { name: 古川診療所 },", with: ""), path: "office",
             message: "decision が approved のときは必須です"),
    BadInput(input: approval().replacingOccurrences(of: "office: { name: 古川診療所 }", with: "office: {}"), path: "office.name",
             message: "必須項目がありません"),
    BadInput(input: approval().replacingOccurrences(of: "office: { name: 古川診療所 }", with: "office: { name: \" \" }"),
             path: "office.name", message: "必須項目がありません"),
    BadInput(input: approval().replacingOccurrences(of: "representative: 大崎 一郎,", with: ""), path: "representative",
             message: "decision が approved のときは必須です"),
    BadInput(input: approval().replacingOccurrences(of: "date: 2026-12-01,", with: ""), path: "date",
             message: "decision が approved のときは必須です"),
    BadInput(input: approval().replacingOccurrences(of: "applicationDate: 2026-11-24,", with: ""), path: "applicationDate",
             message: "decision が approved のときは必須です"),
    BadInput(input: approval(decision: "rejected"), path: "rejectionReason", message: "decision が rejected のときは必須です"),
    BadInput(input: approval(decision: "rejected", extra: ", rejectionReason: null"), path: "rejectionReason",
             message: "decision が rejected のときは必須です"),
    BadInput(input: approval(extra: ", rejectionReason: 押印がありません"), path: "rejectionReason",
             message: "decision が rejected のときだけ書けます"),
    BadInput(input: approval(decision: "rejected", extra: ", rejectionReason: 押印がありません"), path: "users[0].password",
             message: "decision が approved のときだけ書けます"),
    // 選択肢
    BadInput(input: approval(decision: "maybe"), path: "decision",
             message: "maybe は使えません。approved、rejected のいずれかで書いてください"),
    BadInput(input: approval(user: "password: Rk7mPq2vXa9t, sex: M"), path: "users[0].sex",
             message: "M は使えません。男、女 のいずれかで書いてください"),
    BadInput(input: "{ form: withdrawal, users: [{ name: 大崎 一郎, mcsId: ichiro@example.jp, sex: 男性 }] }",
             path: "users[0].sex", message: "男性 は使えません。男、女 のいずれかで書いてください"),
    BadInput(input: "{ form: consent, copies: [patient, doctor] }", path: "copies[1]",
             message: "doctor は使えません。patient、staff のいずれかで書いてください"),
    BadInput(input: "{ form: consent, copies: [] }", path: "copies", message: "1つ以上書いてください"),
    // 日付
    BadInput(input: "{ form: consent, date: 2026-02-30 }", path: "date", message: "2026-02-30 は存在しない日付です"),
    BadInput(input: "{ form: consent, date: 2026/11/24 }", path: "date", message: "2026/11/24 は日付（YYYY-MM-DD）の形ではありません"),
    BadInput(input: "{ form: consent, date: 1920-01-01 }", path: "date", message: "1920-01-01 は昭和より前の日付です"),
    BadInput(input: "{ form: withdrawal, effectiveDate: 2027-13-01 }", path: "effectiveDate", message: "2027-13-01 は存在しない日付です"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, registeredOn: 2025-02-29 }"),
             path: "applicants[0].registeredOn", message: "2025-02-29 は存在しない日付です"),
    BadInput(input: approval(extra: ", date: 2026-11-20").replacingOccurrences(of: "date: 2026-12-01,", with: ""),
             path: "date", message: "通知日 2026-11-20 が申込日 applicationDate 2026-11-24 より前です"),
    // 別表
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: 45 }"),
             path: "applicants[0].occupation", message: "45 は別表2の職種番号（1〜44）にありません"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: 0 }"),
             path: "applicants[0].occupation", message: "0 は別表2の職種番号（1〜44）にありません"),
    BadInput(input: application(extra: ", facilityType: 99999999999999999999"), path: "facilityType",
             message: "99999999999999999999 は別表1の施設の種類番号（1〜14）にありません"),
    BadInput(input: application(extra: ", facilityType: 15"), path: "facilityType",
             message: "15 は別表1の施設の種類番号（1〜14）にありません"),
    BadInput(input: application(extra: ", facilityType: クリニック"), path: "facilityType",
             message: "クリニック は別表1の施設の種類にありません", hint: "2 医科診療所 ではありませんか"),
    BadInput(input: application(extra: ", facilityType: 宇宙港"), path: "facilityType", message: "宇宙港 は別表1の施設の種類にありません"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: 看護士 }"),
             path: "applicants[0].occupation", message: "看護士 は別表2の職種にありません", hint: "5 看護師 ではありませんか"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: ケアマネジャー }"),
             path: "applicants[0].occupation", message: "ケアマネジャー は別表2の職種にありません", hint: "7 介護支援専門員 ではありませんか"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: ヘルパー }"),
             path: "applicants[0].occupation", message: "ヘルパー は別表2の職種にありません",
             hint: "17 訪問介護員・ヘルパー ではありませんか"),
    // MCS ID・ふりがな・郵便番号・電話番号
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro.example.jp }"), path: "applicants[0].mcsId",
             message: "ichiro.example.jp はメールアドレスの形ではありません"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example }"), path: "applicants[0].mcsId",
             message: "ichiro@example はメールアドレスの形ではありません"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: Rk7mPq2vXa9t }"), path: "applicants[0].mcsId",
             message: "**** はメールアドレスの形ではありません"),
    BadInput(input: application(applicant: "{ name: A, mcsId: a@example.jp }, { name: B, mcsId: A@Example.jp }"),
             path: "applicants[1].mcsId", message: "A@Example.jp は applicants[0] と同じ MCS ID です"),
    BadInput(input: "{ form: withdrawal, users: [{ name: A, mcsId: a@example.jp }, { name: B, mcsId: a@example.jp }] }",
             path: "users[1].mcsId", message: "a@example.jp は users[0] と同じ MCS ID です"),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, kana: 大崎 いちろう }"),
             path: "applicants[0].kana", message: "大崎 いちろう はひらがなかカタカナで書いてください"),
    BadInput(input: application(extra: ", office: { postalCode: 9896136 }"), path: "office.postalCode",
             message: "9896136 は郵便番号（NNN-NNNN）の形ではありません", hint: "989-6136 のように数字7桁をハイフンで区切って書いてください"),
    BadInput(input: application(extra: ", office: { phone: 0229-25-537 }"), path: "office.phone",
             message: "0229-25-537 は電話番号（数字とハイフン、10〜11桁）の形ではありません"),
    BadInput(input: "{ form: withdrawal, submitter: { phone: 内線25 } }", path: "submitter.phone",
             message: "内線25 は電話番号（数字とハイフン、10〜11桁）の形ではありません"),
    // パスワード（運用ルール 2(1)③）
    BadInput(input: approval(user: "password: Rk7m2v"), path: "users[0].password", message: "パスワードは8文字以上にしてください",
             hint: "運用ルール 2(1)③ による"),
    BadInput(input: approval(user: "password: Rkmpqvxatz"), path: "users[0].password", message: "パスワードには英字と数字を混ぜてください"),
    BadInput(input: approval(user: "password: \"52718364\""), path: "users[0].password", message: "パスワードには英字と数字を混ぜてください"),
    BadInput(input: approval(user: "password: Rk1234mPq"), path: "users[0].password",
             message: "パスワードに4文字以上の連続（1234, abcd）や同じ文字の繰り返し（aaaa）を入れないでください"),
    BadInput(input: approval(user: "password: Rk7mDcBa2v"), path: "users[0].password",
             message: "パスワードに4文字以上の連続（1234, abcd）や同じ文字の繰り返し（aaaa）を入れないでください"),
    BadInput(input: approval(user: "password: R7xxxx2vX"), path: "users[0].password",
             message: "パスワードに4文字以上の連続（1234, abcd）や同じ文字の繰り返し（aaaa）を入れないでください"),
    BadInput(input: approval(user: "password: Ichiro2026x"), path: "users[0].password",
             message: "パスワードに MCS ID や氏名を使わないでください"),
    BadInput(input: approval(user: "password: ichiro@example.jp"), path: "users[0].password",
             message: "パスワードに MCS ID や氏名を使わないでください"),
    BadInput(input: "{ form: approval, decision: approved, users: [{ name: Yamada Taro, mcsId: t@example.jp, password: X7yamadataro }] }",
             path: "users[0].password", message: "パスワードに MCS ID や氏名を使わないでください"),
    BadInput(input: approval(user: "password: Ｒｋ７ｍＰｑ２ｖＸ"), path: "users[0].password",
             message: "パスワードは半角の英字・数字・記号で書いてください"),
]

@Suite struct BadInputTests {
    @Test(arguments: badInputs)
    func givesItsDiagnostic(_ bad: BadInput) {
        let found = diagnostics(of: bad.input)
        let match = found.first { $0.path.description == bad.path && $0.message == bad.message }
        #expect(match != nil, "got: \(found.map(\.description))")
        if let hint = bad.hint {
            #expect(match?.hint == hint)
        }
        if !bad.input.isEmpty {
            #expect(match?.line != nil && match?.column != nil, "every problem of a file points into it")
        }
    }

    @Test(arguments: [
        ("{ form: application", 1, "「,」か「}」が足りません"),
        ("form: consent\npatient: { name: \"古川", 2, "ファイルが途中で終わっています。引用符や括弧が閉じているか確かめてください"),
        ("form: application\noffice:\n  name: a\n name: b", 4, "字下げがそろっていません"),
        ("form: consent\ndate: 2026-11-24: x", 2, "この位置に「項目: 値」は書けません。字下げを直すか、値を引用符で囲んでください"),
        ("form: consent\n---\nform: approval", 2, "1つのファイルに書ける様式は1つだけです"),
        ("form: consent\npatient:\n\tname: x", 3, "字下げにタブは使えません。半角の空白で字下げしてください"),
    ])
    func syntaxErrorsPointAtTheirLineWithAJapaneseHint(input: String, line: Int, hint: String) throws {
        let diagnostic = try #require(diagnostics(of: input).first)
        #expect(diagnostic.message == "YAML または JSON として読めません")
        #expect(diagnostic.line == line)
        #expect(diagnostic.hint == hint)
    }

    @Test func reportsAllErrorsOfAFileAtOnce() {
        let text = """
            form: application
            date: 2026-02-30
            ofice: { name: 診療所 }
            facilityType: 99
            applicants:
              - { name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: 45 }
              - { name: 古川 花子, mcsId: not-an-address }
            """
        let found = diagnostics(of: text)
        #expect(found.map(\.path.description) == ["date", "ofice", "facilityType", "applicants[0].occupation", "applicants[1].mcsId"])
    }

    @Test func pointsAtLineAndColumn() throws {
        let text = """
            form: application
            applicants:
              - name: 大崎 一郎
                mcsId: ichiro@example.jp
                occupation: 45
            """
        let diagnostic = try #require(diagnostics(of: text).first)
        #expect(diagnostic.line == 5)
        #expect(diagnostic.column == 17)
        #expect(diagnostic.description == "applicants[0].occupation: 45 は別表2の職種番号（1〜44）にありません")
    }

    @Test func unknownFormSuppressesUnknownKeyNoise() {
        let found = diagnostics(of: "{ form: invoice, amount: 3, payee: x }")
        #expect(found.map(\.path.description) == ["form"])
    }

    @Test func passwordNeverAppearsInAnyMessage() {
        let passwords = ["Rk7m2v", "Rkmpqvxatz", "Rk1234mPq", "R7xxxx2vX", "Ichiro2026x", "Ｒｋ７ｍＰｑ２ｖＸ"]
        for password in passwords {
            let text = approval(user: "password: \"\(password)\"")
            let found = diagnostics(of: text)
            #expect(!found.isEmpty)
            #expect(found.allSatisfy { !$0.description.contains(password) }, "\(found)")
        }
        let typed = diagnostics(of: approval(user: "password: { secret: Rk7mPq2vXa9t }"))
        #expect(typed.allSatisfy { !$0.description.contains("Rk7mPq2vXa9t") })
    }
}
