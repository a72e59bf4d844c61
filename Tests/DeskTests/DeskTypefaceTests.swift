import Foundation
import HTTPTypes
import HummingbirdTesting
import MCSForms
import NIOCore
import Testing
@testable import Desk

/// The desk prints a form in the BIZ UD faces when asked (a patient's readable copy), as `--typeface ud` does.
@Suite struct DeskTypefaceTests {
    @Test func theFormPageAndTheAPIPrintInTheTypefaceChosen() async throws {
        let consent = try DeskFixture.example("consent.yaml")
        let expected = try FormPrinter(resources: ResourceLocation(root: DeskFixture.root), typeface: "ud").print(data: consent).pdf
        try await DeskFixture.withDesk { client in
            let api = try await client.execute(uri: "/api/render?typeface=ud", method: .post, headers: DeskFixture.yamlHeaders,
                                               body: ByteBuffer(data: consent))
            #expect(api.status == .ok)
            #expect(Data(buffer: api.body) == expected)

            let page = try await client.execute(uri: "/forms/approval", method: .get)
            #expect(page.text.contains("name=\"typeface\"") && page.text.contains("<option value=\"ud\">UD（BIZ UD明朝"))
            let pdf = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                               body: DeskFixture.formBody(DeskFixture.approvalPairs + [("typeface", "ud"), ("action", "pdf")]))
            #expect(pdf.headers[.contentType] == "application/pdf")
            let fonts = try PDFTextFixture.fonts(of: Data(buffer: pdf.body))
            #expect(fonts.contains("BIZUDMincho") && !fonts.contains("IPAex"), "\(fonts)")
            let checked = try await client.execute(uri: "/forms/approval", method: .post, headers: DeskFixture.formHeaders,
                                                   body: DeskFixture.formBody(DeskFixture.approvalPairs + [("typeface", "ud"), ("action", "check")]))
            #expect(checked.text.contains("<option value=\"ud\" selected>"), "the choice stays")

            let bad = try await client.execute(uri: "/api/render?typeface=comic", method: .post, headers: DeskFixture.yamlHeaders,
                                               body: ByteBuffer(data: consent))
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("typeface= は ud か空欄にしてください"))
        }
    }
}
