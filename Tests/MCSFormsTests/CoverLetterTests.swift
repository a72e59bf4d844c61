import Core
import Foundation
import FormDisplay
import FormInput
import FormLayout
import FormModels
import Testing
@testable import MCSForms

/// The cover letter of a window envelope: the whole address block inside the part of the folded sheet the
/// window always shows, and nothing else anywhere the window can show as the sheet moves in the envelope.
@Suite struct CoverLetterTests {
    static let envelope = Envelope.naga3

    /// Where an item of a page lies, in millimetres.
    static func frame(of item: LayoutItem) -> PageFrame {
        func mm(_ points: Double) -> Millimetres { Points(points).millimetres }
        switch item {
        case .text(let run):
            let left = run.glyphs.first?.position.x ?? run.origin.x
            return PageFrame(x: mm(left), y: mm(run.origin.y - run.ascent * run.size),
                             width: mm(run.endX - left), height: mm(run.size))
        case .line(let line):
            return PageFrame(x: mm(min(line.from.x, line.to.x)), y: mm(min(line.from.y, line.to.y)),
                             width: mm(abs(line.to.x - line.from.x)), height: mm(abs(line.to.y - line.from.y)))
        case .rectangle(let box):
            return PageFrame(x: mm(box.origin.x), y: mm(box.origin.y), width: mm(box.width), height: mm(box.height))
        case .circle(let circle):
            return PageFrame(x: mm(circle.center.x - circle.radius), y: mm(circle.center.y - circle.radius),
                             width: mm(2 * circle.radius), height: mm(2 * circle.radius))
        }
    }

    /// The cover page of a notice printed with a cover letter, and the text of the items the window can show.
    static func windowTexts(of input: String, expectInside: [String]) throws {
        let printer = try Fixtures.printer(coverLetter: CoverLetter())
        let printed = try printer.print(data: Data(input.utf8))
        let cover = try #require(printed.layout.pages.first)
        #expect(cover.template == "cover" && cover.ownSheet)
        let visible = try #require(envelope.visibleWindow)
        let shown = cover.items.filter { envelope.windowReach.overlaps(frame(of: $0)) }
        for item in shown {
            #expect(visible.contains(frame(of: item)), "\(item) reaches beyond the window")
        }
        let texts = shown.compactMap { item -> String? in if case .text(let run) = item { run.text } else { nil } }
        #expect(PDFText.squeezed(texts.joined()) == PDFText.squeezed(expectInside.joined()), "\(texts)")
        #expect(shown.filter { if case .rectangle = $0 { true } else { false } }.count == 1, "the 親展 box only")
        #expect(shown.allSatisfy { if case .line = $0 { false } else { true } })
    }

    @Test func theAddressToTheRepresentativeStandsInTheWindowAndNothingElse() throws {
        try Self.windowTexts(of: try String(contentsOf: Fixtures.examples.appendingPathComponent("approval.yaml"), encoding: .utf8),
                             expectInside: ["〒989-6117", "親展", "大崎市古川旭4丁目1-1", "古川みどり診療所", "大崎 一郎　様"])
    }

    /// Without a representative the letter goes to the office (御中); a long address wraps and stays inside.
    @Test func theAddressToTheOfficeStandsInTheWindowAndNothingElse() throws {
        let input = """
            { form: approval, date: 2026-12-01, decision: rejected, applicationDate: 2026-11-24,
              office: { name: 医療法人社団 大崎の杜 在宅総合ケアセンター, postalCode: 989-6136,
                        address: 宮城県大崎市古川穂波6丁目30-35 大崎市医療介護連携センタービル3階301号室 },
              rejectionReason: 申込書に管理者の指定がありません。 }
            """
        try Self.windowTexts(of: input, expectInside: [
            "〒989-6136", "親展", "宮城県大崎市古川穂波6丁目30-35 大崎市医療介護連携センタービル3階301号室",
            "医療法人社団 大崎の杜 在宅総合ケアセンター　御中",
        ])
    }

    @Test func theWindowOfNaga3ShowsA65By24BlockWhereverTheSheetLies() throws {
        #expect(Self.envelope.visibleWindow == PageFrame(x: 23, y: 13, width: 65, height: 24))
        #expect(Self.envelope.windowReach == PageFrame(x: -2, y: -8, width: 115, height: 66))
        let small = Envelope(width: 235, height: 120, window: PageFrame(x: 23, y: 13, width: 20, height: 45))
        #expect(small.visibleWindow == nil)
    }

    @Test func aProfileMayGiveItsOwnEnvelopeButNotOneWhoseWindowHidesTheAddress() throws {
        let base = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/data/profile.yaml"), encoding: .utf8)
        let own = try OrganizationProfile(yaml: base + "envelope: { width: 220, height: 110, window: { left: 20, top: 12, width: 95, height: 45 } }\n")
        #expect(own.envelope.visibleWindow == PageFrame(x: 20, y: 12, width: 85, height: 34))
        #expect(throws: DiagnosticList.self) {
            _ = try OrganizationProfile(yaml: base + "envelope: { width: 235, height: 120, window: { left: 23, top: 13, width: 90, height: 20 } }\n")
        }
        do {
            _ = try OrganizationProfile(yaml: base + "envelope: { width: 235, height: 120, window: { left: 23, top: 13, width: 90, height: 20 } }\n")
        } catch {
            #expect(error.diagnostics.map(\.problem) == [.envelopeWindowNeverShows])
        }
    }

    @Test func aNoticeWithoutTheOfficesAddressHasNoCoverLetter() throws {
        let printer = try Fixtures.printer(coverLetter: CoverLetter())
        let input = """
            { form: approval, date: 2026-12-01, decision: rejected, applicationDate: 2026-11-24,
              office: { name: 古川みどり診療所 }, rejectionReason: 理由 }
            """
        do {
            _ = try printer.print(data: Data(input.utf8))
            Issue.record("printed")
        } catch let problems as DiagnosticList {
            #expect(problems.diagnostics.map(\.path.description) == ["office.postalCode", "office.address"])
            #expect(problems.diagnostics.allSatisfy { $0.problem == .neededForCoverLetter })
        }
        #expect(try Fixtures.printer().print(data: Data(input.utf8)).layout.pages.count == 1)
    }

    /// Printing on both sides, a cover letter is a sheet of its own and each notice starts on a front side.
    @Test func theDuplexPrintFileGivesTheCoverLetterASheetOfItsOwn() throws {
        let out = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let print = out.appendingPathComponent("print.pdf")
        let result = try BatchSupport.run([
            MailingJobTests.applications, "--derive", "approval", "--date", "2026-12-01", "--decisions", MailingJobTests.decisions,
            "--generate-passwords", "--cover-letter", "--duplex", "--merge", print.path, "--out-dir", out.appendingPathComponent("out").path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let info = try ExternalTool.run("pdfinfo", [print.path]).output
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last
        #expect(pages == "15", "4 envelopes × (cover, blank, notice), with a blank between envelopes")
        let catalog = try PDFStructureTests.catalog(of: Data(contentsOf: print))
        #expect(catalog.contains("/Duplex /DuplexFlipLongEdge") && catalog.contains("/PrintScaling /None"), "\(catalog)")
        for page in [1, 5, 9, 13] {
            #expect(try PDFText(pdf: Data(contentsOf: print), page: page).contains("書類送付のご案内"), "page \(page)")
        }
        for page in [2, 4, 6, 8] {
            #expect(try PDFText(pdf: Data(contentsOf: print), page: page).raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        }
    }
}
