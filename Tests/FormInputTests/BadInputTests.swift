import Core
import Testing

/// One bad input and the problem it must give at its path (the wording of each problem is checked once,
/// in `ProblemWordingTests`).
struct BadInput: CustomTestStringConvertible, Sendable {
    let input: String
    let path: String
    let problem: Problem

    var testDescription: String { "\(path): \(ProblemWording.message(problem))" }

    /// Whether `diagnostic` is this problem; a syntax error's libyaml detail is not compared.
    func isGiven(by diagnostic: Diagnostic) -> Bool {
        guard diagnostic.path.description == path else { return false }
        if case .unreadableSyntax = problem, case .unreadableSyntax = diagnostic.problem { return true }
        return diagnostic.problem == problem
    }
}

let badInputs: [BadInput] = [
    // 形式
    BadInput(input: "", path: "", problem: .emptyInput),
    BadInput(input: "- form: application", path: "", problem: .expectedMapping),
    BadInput(input: "{ form: application", path: "", problem: .unreadableSyntax(detail: nil)),
    BadInput(input: "form: application\nform: consent", path: "", problem: .duplicateKeys(["form"])),
    BadInput(input: "{ \"form\": \"consent\" \"date\": 1 }", path: "", problem: .unreadableSyntax(detail: nil)),
    // form
    BadInput(input: "date: 2026-11-24", path: "form", problem: .missing),
    BadInput(input: "form: invoice", path: "form",
             problem: .notChoice("invoice", choices: ["application", "approval", "withdrawal", "consent"])),
    // 項目名
    BadInput(input: application(extra: ", ofice: { name: 診療所 }"), path: "ofice", problem: .unknownKey(.didYouMean("office"))),
    BadInput(input: application(extra: ", office: { nmae: 診療所 }"), path: "office.nmae", problem: .unknownKey(.didYouMean("name"))),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsID: ichiro@example.jp }"), path: "applicants[0].mcsID",
             problem: .unknownKey(.didYouMean("mcsId"))),
    BadInput(input: application(extra: ", zzz: 1"), path: "zzz", problem: .unknownKey(.known(["form", "date", "office", "representative", "facilityType", "applicants"]))),
    BadInput(input: "{ form: consent, patient: { name: 古川 花子, adress: 大崎市 } }", path: "patient.adress",
             problem: .unknownKey(.didYouMean("address"))),
    BadInput(input: "{ form: consent, patient: { name:古川 } }", path: "patient.name:****",
             problem: .unknownKey(.runIn(colon: true))),
    BadInput(input: approval(user: "password:Rk7mPq2vXa9t"), path: "users[0].password:****",
             problem: .unknownKey(.runIn(colon: true))),
    BadInput(input: approval(user: "password Rk7mPq2vXa9t"), path: "users[0].password ****",
             problem: .unknownKey(.runIn(colon: false))),
    BadInput(input: approval(user: "password=Rk7mPq2vXa9t"), path: "users[0].password=****",
             problem: .unknownKey(.runIn(colon: false))),
    BadInput(input: approval(user: "Rk7mPq2vXa9t: x"), path: "users[0].****", problem: .unknownKey(.runIn(colon: false))),
    // 大きさ
    BadInput(input: "{ form: consent, patient: { name: \(String(repeating: "長", count: 1001)) } }", path: "patient.name",
             problem: .tooLong(count: 1001, limit: 1000)),
    BadInput(input: application(applicant: Array(repeating: "{ name: A, mcsId: a@b.jp }", count: 1001).joined(separator: ", ")),
             path: "applicants", problem: .tooManyItems(count: 1001, limit: 1000)),
    BadInput(input: "form: consent\npatient: &p { name: 古川 花子 }\nfamily: *p", path: "family",
             problem: .alias),
    // 型
    BadInput(input: application(extra: ", office: 古川みどり診療所"), path: "office", problem: .expectedMapping),
    BadInput(input: "{ form: application, applicants: { name: 大崎 } }", path: "applicants",
             problem: .expectedList),
    BadInput(input: application(applicant: "{ name: [大崎, 一郎], mcsId: ichiro@example.jp }"), path: "applicants[0].name",
             problem: .expectedText),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, admin: yes }"),
             path: "applicants[0].admin", problem: .expectedBool("yes")),
    BadInput(input: application(extra: ", facilityType: [1]"), path: "facilityType", problem: .expectedText),
    // 必須項目
    BadInput(input: application(applicant: "{ mcsId: ichiro@example.jp }"), path: "applicants[0].name", problem: .missing),
    BadInput(input: application(applicant: "{ name: \"  \", mcsId: ichiro@example.jp }"), path: "applicants[0].name",
             problem: .missing),
    BadInput(input: application(applicant: "{ name: 大崎 一郎 }"), path: "applicants[0].mcsId", problem: .missing),
    BadInput(input: "{ form: approval, applicationDate: 2026-11-24 }", path: "decision", problem: .missing),
    BadInput(input: "{ form: approval, decision: approved }", path: "users", problem: .requiredWhen(key: "decision", value: "approved", label: "承認・不承認", choice: "承認")),
    BadInput(input: "{ form: approval, decision: approved, users: [] }", path: "users",
             problem: .requiredWhen(key: "decision", value: "approved", label: "承認・不承認", choice: "承認")),
    BadInput(input: approval(user: "admin: true"), path: "users[0].password", problem: .requiredWhen(key: "decision", value: "approved", label: "承認・不承認", choice: "承認")),
    BadInput(input: approval().replacingOccurrences(of: "office: { name: 古川診療所 },", with: ""), path: "office",
             problem: .requiredWhen(key: "decision", value: "approved", label: "承認・不承認", choice: "承認")),
    BadInput(input: approval().replacingOccurrences(of: "office: { name: 古川診療所 }", with: "office: {}"), path: "office.name",
             problem: .missing),
    BadInput(input: approval().replacingOccurrences(of: "office: { name: 古川診療所 }", with: "office: { name: \" \" }"),
             path: "office.name", problem: .missing),
    BadInput(input: approval().replacingOccurrences(of: "representative: 大崎 一郎,", with: ""), path: "representative",
             problem: .requiredWhen(key: "decision", value: "approved", label: "承認・不承認", choice: "承認")),
    BadInput(input: approval().replacingOccurrences(of: "date: 2026-12-01,", with: ""), path: "date",
             problem: .requiredWhen(key: "decision", value: "approved", label: "承認・不承認", choice: "承認")),
    BadInput(input: approval().replacingOccurrences(of: "applicationDate: 2026-11-24,", with: ""), path: "applicationDate",
             problem: .requiredWhen(key: "decision", value: "approved", label: "承認・不承認", choice: "承認")),
    BadInput(input: approval(decision: "rejected"), path: "rejectionReason", problem: .requiredWhen(key: "decision", value: "rejected", label: "承認・不承認", choice: "不承認")),
    BadInput(input: approval(decision: "rejected", extra: ", rejectionReason: null"), path: "rejectionReason",
             problem: .requiredWhen(key: "decision", value: "rejected", label: "承認・不承認", choice: "不承認")),
    BadInput(input: approval(extra: ", rejectionReason: 押印がありません"), path: "rejectionReason",
             problem: .onlyWhen(key: "decision", values: "rejected", label: "承認・不承認", choices: "不承認")),
    BadInput(input: approval(decision: "rejected", extra: ", rejectionReason: 押印がありません"), path: "users[0].password",
             problem: .onlyWhen(key: "decision", values: "approved", label: "承認・不承認", choices: "承認")),
    // 選択肢
    BadInput(input: approval(decision: "maybe"), path: "decision",
             problem: .notChoice("maybe", choices: ["approved", "rejected"])),
    BadInput(input: approval(user: "password: Rk7mPq2vXa9t, sex: M"), path: "users[0].sex",
             problem: .notChoice("M", choices: ["男", "女"])),
    BadInput(input: "{ form: withdrawal, users: [{ name: 大崎 一郎, mcsId: ichiro@example.jp, sex: 男性 }] }",
             path: "users[0].sex", problem: .notChoice("男性", choices: ["男", "女"])),
    BadInput(input: "{ form: consent, copies: [patient, doctor] }", path: "copies[1]",
             problem: .notChoice("doctor", choices: ["patient", "staff"])),
    BadInput(input: "{ form: consent, copies: [] }", path: "copies", problem: .expectedNonEmptyList),
    // 日付
    BadInput(input: "{ form: consent, date: 2026-02-30 }", path: "date", problem: .impossibleDate("2026-02-30")),
    BadInput(input: "{ form: consent, date: 2026/11/24 }", path: "date", problem: .notDate("2026/11/24")),
    BadInput(input: "{ form: consent, date: 1920-01-01 }", path: "date", problem: .dateBeforeEras("1920-01-01")),
    BadInput(input: "{ form: withdrawal, effectiveDate: 2027-13-01 }", path: "effectiveDate", problem: .impossibleDate("2027-13-01")),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, registeredOn: 2025-02-29 }"),
             path: "applicants[0].registeredOn", problem: .impossibleDate("2025-02-29")),
    BadInput(input: approval(extra: ", date: 2026-11-20").replacingOccurrences(of: "date: 2026-12-01,", with: ""),
             path: "date", problem: .dateBefore(label: "通知日", date: "2026-11-20", earlierLabel: "申込日", earlierKey: "applicationDate", earlier: "2026-11-24")),
    // 別表
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: 45 }"),
             path: "applicants[0].occupation", problem: .codeOutOfRange("45", table: "別表2の職種", count: 44)),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: 0 }"),
             path: "applicants[0].occupation", problem: .codeOutOfRange("0", table: "別表2の職種", count: 44)),
    BadInput(input: application(extra: ", facilityType: 99999999999999999999"), path: "facilityType",
             problem: .codeOutOfRange("99999999999999999999", table: "別表1の施設の種類", count: 14)),
    BadInput(input: application(extra: ", facilityType: 15"), path: "facilityType",
             problem: .codeOutOfRange("15", table: "別表1の施設の種類", count: 14)),
    BadInput(input: application(extra: ", facilityType: クリニック"), path: "facilityType",
             problem: .codeUnknownName("クリニック", table: "別表1の施設の種類", suggestion: "2 医科診療所")),
    BadInput(input: application(extra: ", facilityType: 宇宙港"), path: "facilityType", problem: .codeUnknownName("宇宙港", table: "別表1の施設の種類", suggestion: nil)),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: 看護士 }"),
             path: "applicants[0].occupation", problem: .codeUnknownName("看護士", table: "別表2の職種", suggestion: "5 看護師")),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: ケアマネジャー }"),
             path: "applicants[0].occupation", problem: .codeUnknownName("ケアマネジャー", table: "別表2の職種", suggestion: "7 介護支援専門員")),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, occupation: ヘルパー }"),
             path: "applicants[0].occupation", problem: .codeUnknownName("ヘルパー", table: "別表2の職種", suggestion: "17 訪問介護員・ヘルパー")),
    // MCS ID・ふりがな・郵便番号・電話番号
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro.example.jp }"), path: "applicants[0].mcsId",
             problem: .notEmail("ichiro.example.jp")),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example }"), path: "applicants[0].mcsId",
             problem: .notEmail("ichiro@example")),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: Rk7mPq2vXa9t }"), path: "applicants[0].mcsId",
             problem: .notEmail("****")),
    BadInput(input: application(applicant: "{ name: A, mcsId: a@example.jp }, { name: B, mcsId: A@Example.jp }"),
             path: "applicants[1].mcsId", problem: .duplicateMcsId("A@Example.jp", first: "applicants[0]")),
    BadInput(input: "{ form: withdrawal, users: [{ name: A, mcsId: a@example.jp }, { name: B, mcsId: a@example.jp }] }",
             path: "users[1].mcsId", problem: .duplicateMcsId("a@example.jp", first: "users[0]")),
    BadInput(input: application(applicant: "{ name: 大崎 一郎, mcsId: ichiro@example.jp, kana: 大崎 いちろう }"),
             path: "applicants[0].kana", problem: .notKana("大崎 いちろう")),
    BadInput(input: application(extra: ", office: { postalCode: 9896136 }"), path: "office.postalCode",
             problem: .notPostalCode("9896136")),
    BadInput(input: application(extra: ", office: { phone: 0229-25-537 }"), path: "office.phone",
             problem: .notPhone("0229-25-537")),
    BadInput(input: "{ form: withdrawal, submitter: { phone: 内線25 } }", path: "submitter.phone",
             problem: .notPhone("内線25")),
    // パスワード（運用ルール 2(1)③）
    BadInput(input: approval(user: "password: Rk7m2v"), path: "users[0].password", problem: .password(.tooShort)),
    BadInput(input: approval(user: "password: Rkmpqvxatz"), path: "users[0].password", problem: .password(.notMixed)),
    BadInput(input: approval(user: "password: \"52718364\""), path: "users[0].password", problem: .password(.notMixed)),
    BadInput(input: approval(user: "password: Rk1234mPq"), path: "users[0].password",
             problem: .password(.hasRun)),
    BadInput(input: approval(user: "password: Rk7mDcBa2v"), path: "users[0].password",
             problem: .password(.hasRun)),
    BadInput(input: approval(user: "password: R7xxxx2vX"), path: "users[0].password",
             problem: .password(.hasRun)),
    BadInput(input: approval(user: "password: Ichiro2026x"), path: "users[0].password",
             problem: .password(.isIdOrName)),
    BadInput(input: approval(user: "password: ichiro@example.jp"), path: "users[0].password",
             problem: .password(.isIdOrName)),
    BadInput(input: "{ form: approval, decision: approved, users: [{ name: Yamada Taro, mcsId: t@example.jp, password: X7yamadataro }] }",
             path: "users[0].password", problem: .password(.isIdOrName)),
    BadInput(input: approval(user: "password: Ｒｋ７ｍＰｑ２ｖＸ"), path: "users[0].password",
             problem: .password(.notASCII)),
]

@Suite struct BadInputTests {
    @Test(arguments: badInputs)
    func givesItsDiagnostic(_ bad: BadInput) {
        let found = diagnostics(of: bad.input)
        let match = found.first(where: bad.isGiven)
        #expect(match != nil, "got: \(found.map(\.description))")
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
