import Core
import FormDisplay
import FormModels
import Testing

@Suite struct DisplayValuesTests {
    @Test func application() throws {
        let document = try decoder.decode("""
            form: application
            date: 2019-04-30
            office: { name: 古川みどり診療所, postalCode: 989-6136, address: 大崎市古川穂波6丁目30-35, phone: 0229-25-5376 }
            representative: 大崎 一郎
            facilityType: 2
            applicants:
              - { registeredOn: 2019-05-01, name: 大崎 一郎, kana: おおさき いちろう, occupation: 1, mcsId: ichiro@example.jp, admin: true }
              - { name: 古川 花子, occupation: 訪問介護員・ヘルパー, mcsId: hanako@example.jp }
            """)
        let values = try builder.values(for: document)
        #expect(Set(values.fields.keys) == profileKeys.union(["date", "office.name", "office.postalCode", "office.address",
                                                              "office.phone", "representative", "facilityType"]))
        #expect(values.fields["date"] == "平成31年4月30日")
        #expect(values.fields["facilityType"] == "医科診療所")
        #expect(values.fields["office.phone"] == "0229-25-5376")
        #expect(values.fields["profile.president"] == "鎌田 修二")
        #expect(values.fields["profile.email"] == "shien17@vesta.ocn.ne.jp")
        #expect(values.lists["applicants"] == [
            DisplayRow(fields: ["registeredOn": "令和元年5月1日", "name": "大崎 一郎", "kana": "おおさき いちろう", "occupation": "医師",
                                "mcsId": "ichiro@example.jp", "admin": "○"], sourceIndex: 0),
            DisplayRow(fields: ["registeredOn": "", "name": "古川 花子", "kana": "", "occupation": "訪問介護員・ヘルパー",
                                "mcsId": "hanako@example.jp", "admin": ""], sourceIndex: 1),
        ])
        #expect(values.lists["facilityTypes"]?.count == 14)
        #expect(values.lists["occupations"]?.count == 44)
        #expect(values.lists["occupations"]?.last == DisplayRow(fields: ["number": "44", "name": "その他"]))
        #expect(values.conditions.isEmpty)
    }

    @Test func approvedNotice() throws {
        let document = try decoder.decode("""
            { form: approval, date: 2026-12-01, office: { name: 古川みどり診療所 }, representative: 大崎 一郎,
              applicationDate: 2026-11-24, decision: approved,
              users: [{ name: 大崎 一郎, sex: 男, mcsId: ichiro@example.jp, password: Rk7mPq2vXa9t, admin: true }] }
            """)
        let values = try builder.values(for: document)
        #expect(Set(values.fields.keys) == profileKeys.union(["date", "office.name", "office.postalCode", "office.address",
                                                              "representative", "applicationDate", "rejectionReason"]))
        #expect(values.fields["date"] == "令和8年12月1日")
        #expect(values.fields["applicationDate"] == "令和8年11月24日")
        #expect(values.fields["rejectionReason"] == "")
        #expect(values.conditions == ["approved"])
        #expect(values.lists["users"] == [DisplayRow(fields: ["name": "大崎 一郎", "sex": "男", "mcsId": "ichiro@example.jp",
                                                              "password": "Rk7mPq2vXa9t", "admin": "○"], sourceIndex: 0)])
        #expect(values.lists["facilityTypes"] == nil)
    }

    @Test func rejectedNotice() throws {
        let document = try decoder.decode("{ form: approval, decision: rejected, rejectionReason: 押印がありません }")
        let values = try builder.values(for: document)
        #expect(values.conditions == ["rejected", "rejectionWithoutUsers"], "a rejection naming no applicant has no user table")
        #expect(values.fields["rejectionReason"] == "押印がありません")
        #expect(values.fields["date"] == "令和　　年　　月　　日")
        #expect(values.lists["users"] == [])
    }

    @Test func withdrawal() throws {
        let document = try decoder.decode("""
            { form: withdrawal, date: 2027-03-31, office: { name: 古川みどり診療所 },
              submitter: { name: 大崎 一郎, phone: 0229-25-5376 }, effectiveDate: 2027-03-31, reason: 閉院のため,
              users: [{ name: 大崎 一郎, sex: 女, mcsId: ichiro@example.jp, admin: false }] }
            """)
        let values = try builder.values(for: document)
        #expect(Set(values.fields.keys) == profileKeys.union(["date", "office.name", "submitter.name", "submitter.phone",
                                                              "effectiveDate", "reason"]))
        #expect(values.fields["effectiveDate"] == "令和9年3月31日")
        #expect(values.fields["submitter.phone"] == "0229-25-5376")
        #expect(values.lists["users"] == [DisplayRow(fields: ["name": "大崎 一郎", "sex": "女", "mcsId": "ichiro@example.jp",
                                                              "admin": ""], sourceIndex: 0)])
        #expect(values.conditions.isEmpty)
    }

    @Test func consent() throws {
        let document = try decoder.decode("""
            { form: consent, copies: [staff, patient], date: 2026-11-24, patient: { name: 古川 花子 },
              family: { name: 古川 太郎, relationship: 長男 }, explainer: { office: 古川みどり診療所, name: 大崎 一郎 } }
            """)
        let values = try builder.values(for: document)
        #expect(Set(values.fields.keys) == profileKeys.union(["date", "patient.name", "patient.address", "family.name",
                                                              "family.relationship", "family.address", "proxy.name",
                                                              "proxy.relationship", "proxy.address", "explainer.office",
                                                              "explainer.name"]))
        #expect(values.fields["patient.address"] == "")
        #expect(values.fields["family.relationship"] == "長男")
        #expect(values.lists["copies"] == [DisplayRow(fields: [:], conditions: ["staffCopy"], sourceIndex: 0),
                                           DisplayRow(fields: [:], conditions: ["patientCopy"], sourceIndex: 1)])
    }

    @Test func namesKeepTheirScalarsThroughDecodeAndDisplay() throws {
        let name = "𠮷田 髙子 﨑山 邉 \u{FA10}"
        let document = try decoder.decode("{ form: application, applicants: [{ name: \(name), mcsId: a@example.jp }] }")
        let shown = try #require(builder.values(for: document).lists["applicants"]?.first?.fields["name"])
        #expect(Array(shown.unicodeScalars) == Array(name.unicodeScalars))
        #expect(shown.unicodeScalars.contains("\u{FA10}"))
        #expect(!shown.unicodeScalars.contains("\u{585A}"))
    }
}
