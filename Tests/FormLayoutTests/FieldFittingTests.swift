import Core
import FormLayout
import Testing

/// Fields: natural size, then shrink to the floor, then wrap, then an error naming the path.
@Suite struct FieldFittingTests {
    let box = "x: 20, y: 30, width: 40, height: 12"

    func field(_ value: String, _ options: String = "") throws -> LaidOutDocument {
        try layout(try page("{ kind: field, bind: office.name, \(box), size: 10, minSize: 8\(options) }"),
                   DisplayValues(fields: ["office.name": value]))
    }

    @Test func shortValueKeepsItsSizeInsideTheBox() throws {
        let document = try field("大崎医院")
        let run = try #require(document.pages[0].runs.first)
        #expect(run.size == 10 && run.horizontalScale == 1)
        #expect(document.fits.first?.isAdjusted == false)
        #expect(run.origin.x >= pt(20) && run.endX <= pt(60))
        #expect(run.origin.y - 10 >= pt(30) && run.origin.y <= pt(42))
    }

    @Test func slightlyLongerValueIsCondensedFirst() throws {
        // 12 ems at 10 pt = 120 pt > 113.4 pt (40 mm): 長体 94 % at full size.
        let document = try field("おおさき地区医介連ネット")
        let run = try #require(document.pages[0].runs.first)
        #expect(run.size == 10 && run.horizontalScale == 0.94)
        #expect(run.endX <= pt(60) + 0.01)
        #expect(document.fits == [FieldFit(path: FieldPath(parsing: "office.name"), designSize: 10, size: 10,
                                           horizontalScale: 0.94, lines: 1)])
    }

    @Test func longerValueIsCondensedTo80PercentThenShrunk() throws {
        // 15 ems: 80 % gives 120 pt at 10 pt; 9.4 pt at 80 % fits.
        let document = try field("おおさき地区医介連ネットワーク")
        let run = try #require(document.pages[0].runs.first)
        #expect(run.size == 9.4 && run.horizontalScale == 0.8)
        #expect(run.endX <= pt(60) + 0.01)
        #expect(document.fits.first?.isAdjusted == true)
    }

    @Test func tooLongValueWrapsWhenAllowed() throws {
        let document = try field("社会福祉法人おおさき地区医介連ネットワーク訪問看護", ", wrap: true, lineHeight: 1.2")
        let lines = document.pages[0].textLines
        #expect(lines.count >= 2)
        #expect(document.pages[0].runs.allSatisfy { $0.endX <= pt(60) + 0.01 && $0.size >= 8 })
        #expect(document.pages[0].runs.allSatisfy { $0.origin.y <= pt(42) && $0.horizontalScale == 1 })
        #expect(document.fits.first?.lines == lines.count)
        #expect(lines.map { $0.map(\.text).joined() }.joined() == "社会福祉法人おおさき地区医介連ネットワーク訪問看護")
    }

    /// A box for running text (room for two lines or more) wraps before condensing.
    @Test func runningTextWrapsAtFullSizeFirst() throws {
        let document = try layout(
            try page("{ kind: field, bind: reason, x: 20, y: 30, width: 60, height: 15, size: 10, minSize: 8, wrap: true, lineHeight: 1.5 }"),
            DisplayValues(fields: ["reason": "申請代表者の押印がなく、職種欄が未記入のため"]))
        let lines = document.pages[0].textLines
        #expect(lines.count == 2)
        #expect(document.fits.first.map { [$0.size, $0.horizontalScale] } == [10, 1])
        #expect(abs(lines[0].last!.endX - pt(80)) < 0.01)  // justified
        #expect(lines[1].last!.endX < pt(80) - 5)  // the last line flush left
    }

    @Test func tooLongValueWithoutWrapFailsNamingThePath() throws {
        let template = try page("{ kind: field, bind: office.name, \(box), size: 10, minSize: 8 }")
        let found = diagnostics(template, DisplayValues(fields: ["office.name": "社会福祉法人おおさき地区医介連ネットワーク訪問看護"]))
        #expect(found.map(\.description).first?.hasPrefix("office.name: 欄に収まりません（") == true)
    }

    @Test func emptyValueDrawsNothing() throws {
        #expect(try field("").pages[0].runs.isEmpty)
    }

    @Test func lineBreakInAValueIsASpaceOnOneLineAndABreakWhenWrapped() throws {
        let single = try field("大崎\n医院")
        #expect(single.pages[0].lineTexts == ["大崎 医院"])
        let wrapped = try layout(
            try page("{ kind: field, bind: office.name, x: 20, y: 30, width: 80, height: 20, wrap: true }"),
            DisplayValues(fields: ["office.name": "大崎市古川\n穂波6丁目"]))
        #expect(wrapped.pages[0].lineTexts == ["大崎市古川", "穂波6丁目"])
        let narrow = try layout(
            try page("{ kind: field, bind: office.name, x: 20, y: 30, width: 20, height: 20, size: 10, wrap: true }"),
            DisplayValues(fields: ["office.name": "大崎市古川\n穂波6丁目"]))
        #expect(narrow.pages[0].lineTexts == ["大崎市古川", "穂波6丁目"])
        let first = try #require(wrapped.pages[0].textLines.first)
        #expect(first.last!.endX < pt(70))  // a line ended by a break in the value is not justified
    }
}

/// Static text whose placeholder makes it too wide for its width.
@Suite struct StaticTextFittingTests {
    func title() throws -> FormTemplate {
        try page("{ kind: text, x: 20, y: 20, width: 50, size: 10, align: center, text: \"{profile.network}システム\" }")
    }

    @Test func condensedWhenSlightlyTooWide() throws {
        // 16 ems = 160 pt in 141.7 pt: 長体 88 %.
        let run = try #require(try layout(try title(), DisplayValues(fields: ["profile.network": "おおさき地区医介連ネット"]))
            .pages[0].runs.first)
        #expect(run.horizontalScale == 0.88)
        #expect(run.origin.x >= pt(20) - 0.01 && run.endX <= pt(70) + 0.01)
    }

    @Test func reportedAgainstThePlaceholderWhenFarTooWide() throws {
        let found = diagnostics(try title(), DisplayValues(fields: ["profile.network": String(repeating: "長", count: 30)]))
        #expect(found.map(\.path.description) == ["profile.network"])
    }
}
