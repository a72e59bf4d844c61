import Core
import Foundation
import FormInput
import FormModels
import Testing

@Suite struct OrganizationProfileTests {
    @Test func defaultProfileHoldsTheSeedValues() throws {
        let profile = try OrganizationProfile.load(from: repositoryRoot.appendingPathComponent("Templates/data").appendingPathComponent("profile.yaml"))
        #expect(profile == OrganizationProfile(
            network: "おおさき地区医介連ネットワーク", association: "大崎市医師会", presidentTitle: "会長",
            president: "鎌田 修二", secretariat: "大崎市在宅医療・介護連携支援センター", postalCode: "989-6136",
            address: "大崎市古川穂波6丁目30-35", phone: "0229-25-5376", fax: "0229-25-5378",
            email: "shien17@vesta.ocn.ne.jp"))
    }

    @Test func unknownAndMissingKeysAreErrors() {
        let text = """
            network: ネットワーク
            association: 医師会
            presidentTitle: 会長
            presdent: 名前
            secretariat: 事務局
            postalCode: 000-0000
            address: 住所
            phone: 0000-00-0000
            fax: 0000-00-0000
            email: a@example.jp
            """
        #expect {
            try OrganizationProfile(yaml: text)
        } throws: { error in
            let found = (error as? DiagnosticList)?.diagnostics ?? []
            return found.count == 2
                && found.contains { $0.path.description == "president" && $0.message == "必須項目がありません" }
                && found.contains { $0.path.description == "presdent" && $0.hint == "president ではありませんか" && $0.line == 4 }
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: DiagnosticList.self) {
            try OrganizationProfile.load(from: repositoryRoot.appendingPathComponent("Templates/data").appendingPathComponent("no-such-profile.yaml"))
        }
    }
}
