import Core
import FormLayout
import Testing

/// Per-cluster font fallback (stack notes §8, §9).
@Suite struct FontFallbackTests {
    @Test func yoshiComesFromIPAmjAndTheRestFromIPAex() throws {
        let document = try layout(try page("{ kind: field, bind: name, x: 20, y: 20, width: 80, height: 8 }"),
                                  DisplayValues(fields: ["name": "𠮷田"]))
        let runs = document.pages[0].runs
        #expect(runs.map(\.face) == ["ipamjm", "ipaexm"])
        #expect(runs.map(\.text) == ["𠮷", "田"])
        #expect(runs.allSatisfy { $0.glyphs.allSatisfy { $0.id != 0 } })
        #expect(runs.allSatisfy { $0.path == FieldPath(parsing: "name") })
        #expect(document.fallbacks == [FallbackCharacter(path: FieldPath(parsing: "name"), character: "𠮷", face: "ipamjm")])
    }

    @Test func compatibilityIdeographKeepsItsCodePoint() throws {
        let document = try layout(try page("{ kind: text, x: 20, y: 20, text: \"\u{FA10}本\" }"))
        let run = try #require(document.pages[0].runs.first)
        #expect(run.text.unicodeScalars.map(\.value) == [0xFA10, 0x672C])
        #expect(run.glyphs.count == 2 && run.glyphs.allSatisfy { $0.id != 0 })
    }

    @Test func variationSequenceStaysInOneClusterWithTheFaceThatHasIt() throws {
        // 邉 + U+E0110 is in IPAmj's Moji_Joho collection only.
        let document = try layout(try page("{ kind: field, bind: name, x: 20, y: 20, width: 80, height: 8 }"),
                                  DisplayValues(fields: ["name": "田\u{9089}\u{E0110}"]))
        let runs = document.pages[0].runs
        #expect(runs.map(\.face) == ["ipaexm", "ipamjm"])
        #expect(runs[1].text.unicodeScalars.map(\.value) == [0x9089, 0xE0110])
        #expect(runs[1].clusters.map(\.byteCount) == [7])
    }

    @Test func characterNoFaceHasIsAnErrorNamingTheField() throws {
        let found = diagnostics(try page("{ kind: field, bind: office.name, x: 20, y: 20, width: 80, height: 8 }"),
                                DisplayValues(fields: ["office.name": "大崎\u{10FFFD}"]))
        #expect(found.count == 1)
        #expect(found.first?.path == FieldPath(parsing: "office.name"))
        #expect(found.first?.message.contains("U+10FFFD") == true)
    }

    @Test func halfWidthDigitsAreTabular() throws {
        let document = try layout(try page("{ kind: text, x: 0, y: 0, size: 10, text: \"1234567890\" }"))
        let run = try #require(document.pages[0].runs.first)
        #expect(abs(run.endX - run.origin.x - 61.8) < 0.1)
    }
}

/// Ideographic variation sequences (stack notes §9) and compatibility ideographs (§8): drawn with
/// the variant glyph of the face that has it, base and selector in one cluster, never normalised.
@Suite struct VariationSequenceTests {
    func runs(_ name: String) throws -> [TextRun] {
        try layout(try page("{ kind: field, bind: name, x: 20, y: 20, width: 80, height: 8 }"),
                   DisplayValues(fields: ["name": name])).pages[0].runs
    }

    /// 葛 U+845B + U+E0100 (Adobe-Japan1) is IPAex's glyph 1247, not the plain 葛.
    @Test func adobeJapan1SequenceUsesIPAexVariant() throws {
        let variant = try #require(try runs("\u{845B}\u{E0100}").first)
        let plain = try #require(try runs("\u{845B}").first)
        #expect(variant.face == "ipaexm")
        #expect(variant.glyphs.map(\.id) == [1247])
        #expect(plain.glyphs.map(\.id) != [1247])
        #expect(variant.clusters == [TextCluster(byteCount: 7, glyphCount: 1)])
        #expect(variant.text.unicodeScalars.map(\.value) == [0x845B, 0xE0100])
    }

    /// 邉 U+9089 + U+E0110 (Moji_Joho) exists in IPAmj only: one glyph, 60580, one cluster.
    @Test func mojiJohoSequenceUsesIPAmjVariant() throws {
        let found = try runs("\u{9089}\u{E0110}")
        #expect(found.map(\.face) == ["ipamjm"])
        #expect(found[0].glyphs.map(\.id) == [60580])
        #expect(found[0].clusters == [TextCluster(byteCount: 7, glyphCount: 1)])
    }

    /// U+FA10 塚 and U+F9DC 隆 keep their code points and their own glyphs (never U+585A, U+9686).
    @Test(arguments: [(0xFA10, 0x585A), (0xF9DC, 0x9686)])
    func compatibilityIdeographIsNotNormalised(_ compatibility: UInt32, _ unified: UInt32) throws {
        let kept = try #require(try runs(String(Unicode.Scalar(compatibility)!)).first)
        let plain = try #require(try runs(String(Unicode.Scalar(unified)!)).first)
        #expect(kept.text.unicodeScalars.map(\.value) == [compatibility])
        #expect(kept.glyphs.count == 1 && kept.glyphs[0].id != 0)
        #expect(kept.glyphs.map(\.id) != plain.glyphs.map(\.id))
    }
}
