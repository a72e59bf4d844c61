import Core
import Foundation
import FormInput
import FormModels
import Testing

@Suite struct DecodeTests {
    @Test func everyExampleDecodes() throws {
        let examples = try exampleInputs()
        #expect(!examples.isEmpty)
        for example in examples {
            #expect(diagnostics(of: example.text).isEmpty, "\(example.name)")
        }
    }

    @Test func decodesAnApplication() throws {
        let text = """
            form: application
            date: 2026-11-24
            office:
              name: 古川みどり診療所
              postalCode: 989-6136
              address: 大崎市古川穂波6丁目30-35
              phone: 0229-25-5376
            representative: 大崎 一郎
            facilityType: 医科診療所
            applicants:
              - registeredOn: 2026-11-24
                name: 大崎 一郎
                kana: おおさき いちろう
                occupation: 1
                mcsId: ichiro@example.jp
                admin: true
              - { name: 古川 花子, kana: フルカワ ハナコ, occupation: 看護師, mcsId: hanako@example.jp }
            """
        let expected = ApplicationForm(
            date: CalendarDate(iso: "2026-11-24"),
            office: .init(name: "古川みどり診療所", postalCode: "989-6136", address: "大崎市古川穂波6丁目30-35", phone: "0229-25-5376"),
            representative: "大崎 一郎", facilityType: 2,
            applicants: [
                .init(registeredOn: CalendarDate(iso: "2026-11-24"), name: "大崎 一郎", kana: "おおさき いちろう",
                      occupation: 1, mcsId: "ichiro@example.jp", admin: true),
                .init(name: "古川 花子", kana: "フルカワ ハナコ", occupation: 5, mcsId: "hanako@example.jp"),
            ])
        #expect(try decoder.decode(text).form == .application(expected))
    }

    @Test func yamlAndJSONGiveTheSameModel() throws {
        let yaml = """
            form: approval
            date: 2026-12-01
            office: { name: 古川みどり診療所 }
            representative: 大崎 一郎
            applicationDate: 2026-11-24
            decision: approved
            users:
              - { name: 大崎 一郎, sex: 男, mcsId: ichiro@example.jp, password: "Rk7mPq2vXa9t", admin: true }
            rejectionReason: null
            """
        let json = """
            {"form": "approval", "date": "2026-12-01", "office": {"name": "古川みどり診療所"},
             "representative": "大崎 一郎", "applicationDate": "2026-11-24", "decision": "approved",
             "users": [{"name": "大崎 一郎", "sex": "男", "mcsId": "ichiro@example.jp", "password": "Rk7mPq2vXa9t", "admin": true}],
             "rejectionReason": null}
            """
        let fromYAML = try decoder.decode(yaml)
        #expect(try decoder.decode(json) == fromYAML)
        guard case .approval(let notice) = fromYAML.form else { Issue.record("not an approval"); return }
        #expect(notice.decision == .approved)
        #expect(notice.users.first?.password?.value == "Rk7mPq2vXa9t")
        #expect(notice.users.first?.sex == .male)
    }

    @Test func namesKeepTheirScalars() throws {
        let names = ["𠮷田 髙子", "﨑山 邉", "\u{FA10}本 花子", "\u{585A}本 花子"]
        for name in names {
            let text = "{ form: consent, patient: { name: \"\(name)\" }, family: { name: \(name) } }"
            guard case .consent(let form) = try decoder.decode(text).form else { Issue.record("not a consent"); continue }
            #expect(Array(form.patient.name?.unicodeScalars ?? "".unicodeScalars) == Array(name.unicodeScalars))
            #expect(Array(form.family.name?.unicodeScalars ?? "".unicodeScalars) == Array(name.unicodeScalars))
        }
    }

    @Test func yaml11ScalarsStayText() throws {
        let text = """
            form: application
            office: { name: 1e3, postalCode: 989-6136, phone: 0229255376, address: no }
            representative: 2026-11-24
            applicants: [{ name: true, kana: ー, mcsId: a@example.jp, admin: false }]
            """
        guard case .application(let form) = try decoder.decode(text).form else { Issue.record("not an application"); return }
        #expect(form.office == .init(name: "1e3", postalCode: "989-6136", address: "no", phone: "0229255376"))
        #expect(form.representative == "2026-11-24")
        #expect(form.applicants.first?.name == "true")
        #expect(form.applicants.first?.admin == false)
    }

    @Test func fullWidthDigitsAreNormalisedInPostalCodesAndPhonesOnly() throws {
        let text = "{ form: application, office: { name: 第２診療所, postalCode: ９８９－６１３６, phone: ０２２９ー２５ー５３７６ } }"
        guard case .application(let form) = try decoder.decode(text).form else { Issue.record("not an application"); return }
        #expect(form.office.postalCode == "989-6136")
        #expect(form.office.phone == "0229-25-5376")
        #expect(form.office.name == "第２診療所")
    }

    @Test func consentCopiesDefaultToBothAndKeepTheirOrder() throws {
        #expect(try decoder.decode("form: consent").form == .consent(ConsentForm(copies: [.patient, .staff])))
        #expect(try decoder.decode("{ form: consent, copies: [staff] }").form == .consent(ConsentForm(copies: [.staff])))
        #expect(try decoder.decode("{ form: consent, copies: [staff, patient] }").form == .consent(ConsentForm(copies: [.staff, .patient])))
    }

    @Test func rejectedNoticeNeedsNoPasswords() throws {
        let text = """
            { form: approval, decision: rejected, rejectionReason: 押印がありません,
              users: [{ name: 大崎 一郎, mcsId: ichiro@example.jp }] }
            """
        guard case .approval(let notice) = try decoder.decode(text).form else { Issue.record("not an approval"); return }
        #expect(notice.decision == .rejected)
        #expect(notice.users.first?.password == nil)
    }

    @Test func secretsPrintMasked() {
        let secret = Secret("Rk7mPq2vXa9t")
        #expect("\(secret)" == "****")
        #expect(String(reflecting: secret) == "****")
    }
}
