import FormModels

extension FormInputShape {
    /// The input of `kind`, with its 別表 codes taken from `tables`.
    ///
    /// This mirrors the readers in `Forms/`; `SchemaSyncTests` checks that both know the same keys,
    /// the same required keys and the same conditional rules.
    package static func of(_ kind: FormKind, tables: CodeTables) -> FormInputShape {
        switch kind {
        case .application: application(tables: tables)
        case .approval: approval
        case .withdrawal: withdrawal
        case .consent: consent
        }
    }

    private static func form(_ kind: FormKind) -> InputField {
        InputField("form", .constant(kind.rawValue), required: true, title: "様式")
    }

    /// A row of the approval or withdrawal user table: 氏名, 性別, MCS ID, then `extra`, then 管理者.
    private static func user(with extra: [InputField] = []) -> InputShape {
        .group([
            InputField("name", .text, required: true, title: "氏名"),
            InputField("sex", .choice(Sex.allCases.map(\.rawValue)), title: "性別"),
            InputField("mcsId", .mcsId, required: true, title: "MCS ID"),
        ] + extra + [InputField("admin", .flag, title: "管理者")])
    }

    /// An office known only by its name (事業所名).
    private static let officeName = InputShape.group([InputField("name", .text, title: "事業所名")])

    private static func application(tables: CodeTables) -> FormInputShape {
        let office = InputShape.group([
            InputField("name", .text, title: "事業所名"),
            InputField("postalCode", .postalCode, title: "郵便番号"),
            InputField("address", .text, title: "住所"),
            InputField("phone", .phone, title: "電話番号"),
        ])
        let applicant = InputShape.group([
            InputField("registeredOn", .date, title: "登録日"),
            InputField("name", .text, required: true, title: "氏名"),
            InputField("kana", .kana, title: "ふりがな"),
            InputField("occupation", .code(tables.occupations), title: "職種（別表2）"),
            InputField("mcsId", .mcsId, required: true, title: "MCS ID（登録メールアドレス）"),
            InputField("admin", .flag, title: "管理者"),
        ])
        return FormInputShape(kind: .application, title: "別紙様式1 利用申込書および誓約同意書", fields: [
            form(.application),
            InputField("date", .date, title: "申し込み及び誓約日"),
            InputField("office", office, title: "事業所"),
            InputField("representative", .text, title: "申請代表者 氏名"),
            InputField("facilityType", .code(tables.facilityTypes), title: "施設の種類（別表1）"),
            InputField("applicants", .list(applicant, nonEmpty: false), title: "申込者情報"),
        ], rules: [])
    }

    private static var approval: FormInputShape {
        let user = user(with: [InputField("password", .password, title: "パスワード（承認のときは必須）")])
        let decisions = ApprovalNotice.Decision.allCases.map(\.rawValue)
        return FormInputShape(kind: .approval, title: "別紙様式2 利用承認(不承認)連絡書", fields: [
            form(.approval),
            InputField("date", .date, title: "通知日（承認のときは必須）"),
            InputField("office", .group([InputField("name", .text, required: true, title: "事業所名")]), title: "事業所（承認のときは必須）"),
            InputField("representative", .text, title: "申請代表者名（承認のときは必須）"),
            InputField("applicationDate", .date, title: "申込日（承認のときは必須）"),
            InputField("decision", .choice(decisions), required: true, title: "承認（approved）か不承認（rejected）か"),
            InputField("users", .list(user, nonEmpty: false), title: "利用者（承認のときは必須）"),
            InputField("rejectionReason", .text, title: "不承認理由（不承認のときは必須）"),
        ], rules: [
            InputRule(key: "decision", value: ApprovalNotice.Decision.approved.rawValue,
                      required: [.init("date"), .init("office"), .init("representative"), .init("applicationDate"),
                                 .init("users"), .init("password", inItemsOf: "users")],
                      forbidden: [.init("rejectionReason")]),
            InputRule(key: "decision", value: ApprovalNotice.Decision.rejected.rawValue,
                      required: [.init("rejectionReason")],
                      forbidden: [.init("password", inItemsOf: "users")]),
        ])
    }

    private static var withdrawal: FormInputShape {
        return FormInputShape(kind: .withdrawal, title: "別紙様式3 退会届", fields: [
            form(.withdrawal),
            InputField("date", .date, title: "届出日"),
            InputField("office", officeName, title: "事業所"),
            InputField("submitter", .group([
                InputField("name", .text, title: "氏名"),
                InputField("phone", .phone, title: "連絡先電話番号"),
            ]), title: "届出者"),
            InputField("effectiveDate", .date, title: "退会日（付で）"),
            InputField("reason", .text, title: "退会理由"),
            InputField("users", .list(user(), nonEmpty: false), title: "退会する利用者情報"),
        ], rules: [])
    }

    private static var consent: FormInputShape {
        let person = InputShape.group([
            InputField("name", .text, title: "氏名"),
            InputField("address", .text, title: "住所"),
        ])
        let relative = InputShape.group([
            InputField("name", .text, title: "氏名"),
            InputField("relationship", .text, title: "続柄"),
            InputField("address", .text, title: "住所"),
        ])
        let copies = InputShape.list(.choice(ConsentForm.Copy.allCases.map(\.rawValue)), nonEmpty: true)
        return FormInputShape(kind: .consent, title: "別紙様式4 個人情報使用同意書", fields: [
            form(.consent),
            InputField("copies", copies, title: "印刷する控え（既定: patient, staff）"),
            InputField("date", .date, title: "同意日"),
            InputField("patient", person, title: "患者様"),
            InputField("family", relative, title: "ご家族様"),
            InputField("proxy", relative, title: "署名代筆者"),
            InputField("explainer", .group([
                InputField("office", .text, title: "事業所名"),
                InputField("name", .text, title: "氏名"),
            ]), title: "同意書説明者（本同意書保管先）"),
        ], rules: [])
    }
}
