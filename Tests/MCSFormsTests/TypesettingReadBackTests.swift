import Core
import Foundation
import FormLayout
import MCSForms
import Testing

/// Issue 4's done-when checks, read back from the PDF of every example and blank form: with
/// `pdftotext -bbox-layout` (kinsoku at paragraph line edges, justified right edges, no overlapping
/// words, the 8 mm margin, furigana above their names) and with `mutool draw -F stext` (every
/// character drawn with a face that has it).
@Suite struct TypesettingReadBackTests {
    /// JLReq 3.1.7 (Table 2, very strict): cl-02 to cl-07, cl-09 to cl-11 never start a line …
    static let notAtLineStart = Set("」』）］｝〕〉》】〙〗｠”’»〟)]}‐゠–〜～？！‼⁇⁈⁉?!・：；。．、，ヽヾゝゞ々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ".unicodeScalars)
    /// … and cl-01 never ends one (3.1.8).
    static let notAtLineEnd = Set("「『（［｛〔〈《【〘〖｟“‘«〝([{".unicodeScalars)
    /// 8 mm in points.
    static let margin = 8 * 72 / 25.4

    /// The printed form of a case, and each laid-out page with the words pdftotext reads from it.
    func readBack(_ testCase: Fixtures.Case) throws -> (printed: PrintedForm, pages: [(LaidOutPage, [BoundingBoxText.Word])]) {
        let printed = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let text = try BoundingBoxText(pdf: printed.pdf)
        return (printed, Array(zip(printed.layout.pages, text.pages)))
    }

    /// A printed paragraph: the words of its lines, top to bottom, each left to right.
    struct Paragraph {
        var lines: [[BoundingBoxText.Word]]
        /// Whether every line but the last must end at the same x (no forced break in the value).
        var justified: Bool
    }

    /// The paragraphs of a page: the runs of each P element set on two lines or more (paragraph
    /// elements and wrapped values), matched to the words whose centres lie in their em boxes.
    func paragraphs(of page: LaidOutPage, words: [BoundingBoxText.Word], values: DisplayValues) -> [Paragraph] {
        let runs = page.items.compactMap { if case .text(let run) = $0 { run } else { nil } }
        let groups = Dictionary(grouping: runs.filter { $0.structure.last?.role == .paragraph }) { $0.structure.last!.id }
        return groups.values.compactMap { group in
            guard Set(group.map { ($0.origin.y * 10).rounded() }).count > 1 else { return nil }
            let inside = words.filter { word in group.contains { Self.emBox(of: $0, contains: word.centre) } }
            // Grouped by baseline, not by pdftotext's lines, which split at wide U+3000 blanks.
            let byBaseline = Dictionary(grouping: inside) { (word: BoundingBoxText.Word) -> Double in (word.yMax * 2).rounded() }
            let lines: [[BoundingBoxText.Word]] = byBaseline.keys.sorted().map { key in
                byBaseline[key]!.sorted { $0.xMin < $1.xMin }
            }
            let forcedBreak = group.first?.path.map { values.fields[$0.description]?.contains("\n") ?? false } ?? false
            return Paragraph(lines: lines, justified: !forcedBreak)
        }
    }

    static func emBox(of run: TextRun, contains point: (x: Double, y: Double)) -> Bool {
        (run.origin.x...max(run.origin.x, run.endX)).contains(point.x)
            && (run.origin.y - run.ascent * run.size...run.origin.y + (1 - run.ascent) * run.size).contains(point.y)
    }

    /// Where a line's ink ends: a line-end 」、。 has no half em after it (JLReq 3.1.9), ・ no quarter.
    static func inkEnd(of line: [BoundingBoxText.Word]) -> Double {
        let last = line.last!
        let mark = last.text.unicodeScalars.last!
        if "」』）］｝〕〉》】。．、，".unicodeScalars.contains(mark) { return last.xMax - last.height / 2 }
        if "・：；".unicodeScalars.contains(mark) { return last.xMax - last.height / 4 }
        return last.xMax
    }

    @Test(arguments: Fixtures.cases)
    func paragraphLinesKeepKinsokuAndJustifiedEdges(_ testCase: Fixtures.Case) throws {
        let (printed, pages) = try readBack(testCase)
        var found = 0
        for (page, words) in pages {
            for paragraph in paragraphs(of: page, words: words, values: printed.values) {
                found += 1
                let texts = paragraph.lines.map { $0.map(\.text).joined() }
                for (index, line) in texts.enumerated() {
                    if index > 0 { #expect(!Self.notAtLineStart.contains(line.unicodeScalars.first!), "starts: \(line)") }
                    if index < texts.count - 1 { #expect(!Self.notAtLineEnd.contains(line.unicodeScalars.last!), "ends: \(line)") }
                }
                guard paragraph.justified, paragraph.lines.count > 1 else { continue }
                let ends = paragraph.lines.dropLast().map(Self.inkEnd(of:))
                #expect(ends.max()! - ends.min()! <= 0.5, "\(texts.first ?? ""): ink ends \(ends)")
            }
        }
        #expect(found > 0, "no paragraph of two lines or more was found")
    }

    @Test(arguments: Fixtures.cases)
    func noTwoWordsOverlapAndNothingIsWithinEightMillimetresOfTheEdge(_ testCase: Fixtures.Case) throws {
        for (page, words) in try readBack(testCase).pages {
            #expect(page.overlappingRuns().isEmpty, "\(page.overlappingRuns().map { "\($0.0.text) / \($0.1.text)" })")
            for (index, first) in words.enumerated() {
                #expect(first.xMin >= Self.margin && first.yMin >= Self.margin, "\(first.text) at \(first.xMin), \(first.yMin)")
                #expect(first.xMax <= page.width - Self.margin && first.yMax <= page.height - Self.margin, "\(first.text)")
                for second in words[(index + 1)...] {
                    let tolerance = 0.2 * min(first.height, second.height)
                    let across = min(first.xMax, second.xMax) - max(first.xMin, second.xMin)
                    let down = min(first.yMax, second.yMax) - max(first.yMin, second.yMin)
                    #expect(across <= tolerance || down <= tolerance, "\(first.text) overlaps \(second.text)")
                }
            }
            for item in page.items {
                let (minX, minY, maxX, maxY) = Self.extent(of: item)
                #expect(minX >= Self.margin && minY >= Self.margin && maxX <= page.width - Self.margin
                        && maxY <= page.height - Self.margin, "\(item)")
            }
        }
    }

    /// The outer extent of a drawn item in points.
    static func extent(of item: LayoutItem) -> (Double, Double, Double, Double) {
        switch item {
        case .text(let run): return (run.origin.x, run.origin.y - run.size, run.endX, run.origin.y)
        case .line(let line):
            let half = line.width / 2
            return (min(line.from.x, line.to.x) - half, min(line.from.y, line.to.y) - half,
                    max(line.from.x, line.to.x) + half, max(line.from.y, line.to.y) + half)
        case .rectangle(let box):
            let half = box.lineWidth / 2
            return (box.origin.x - half, box.origin.y - half, box.origin.x + box.width + half, box.origin.y + box.height + half)
        case .circle(let circle):
            let reach = circle.radius + circle.lineWidth / 2
            return (circle.center.x - reach, circle.center.y - reach, circle.center.x + reach, circle.center.y + reach)
        }
    }

    /// JLReq 3.3: each reading stands above its name (its words end where the name's begin), in a
    /// smaller size (half or less), centred over the name's part (3.3.5).
    @Test(arguments: Fixtures.cases)
    func furiganaStandAboveTheirNamesInASmallerSize(_ testCase: Fixtures.Case) throws {
        let (printed, pages) = try readBack(testCase)
        var found = 0
        for (page, words) in pages {
            let runs = page.items.compactMap { if case .text(let run) = $0 { run } else { nil } }
            for reading in runs where reading.structure.last?.role == .rubyText {
                found += 1
                let group = reading.structure.first { $0.role == .ruby }
                let bases = runs.filter { $0.structure.last?.role == .rubyBase && $0.structure.contains { $0 == group } }
                let readingWords = words.filter { Self.emBox(of: reading, contains: $0.centre) }
                let baseWords = words.filter { word in bases.contains { Self.emBox(of: $0, contains: word.centre) } }
                #expect(readingWords.map(\.text).joined() == reading.text.filter { $0 != " " && $0 != "\u{3000}" })
                guard let baseTop = baseWords.map(\.yMin).min(), let baseHeight = baseWords.map(\.height).max(),
                      let readingBottom = readingWords.map(\.yMax).max(), let readingHeight = readingWords.map(\.height).max()
                else { Issue.record("no words for \(reading.text)"); continue }
                #expect(readingBottom <= baseTop + 0.1, "\(reading.text) is not above its name")
                #expect(readingHeight <= baseHeight / 2 + 0.1, "\(reading.text) is not half size or smaller")
                let readingCentre = (readingWords.map(\.xMin).min()! + readingWords.map(\.xMax).max()!) / 2
                // Each name part is one word (parts are split at a space), so centred means on its centre.
                #expect(baseWords.contains { abs($0.centre.x - readingCentre) <= 0.5 }, "\(reading.text) is not centred over its part")
            }
        }
        let hasKana = printed.values.lists.values.contains { $0.contains { !($0.fields["kana"] ?? "").isEmpty } }
        #expect(found > 0 || !hasKana, "no furigana found")
    }

    /// Every character is drawn with a face that has it; 𠮷 comes from IPAmj明朝. The spread labels'
    /// font (均等割付, a Type 3 font of the faces' outlines) draws the labels and nothing else.
    @Test(arguments: Fixtures.cases)
    func everyCharacterIsDrawnWithAFaceThatHasIt(_ testCase: Fixtures.Case) throws {
        let printed = try Fixtures.print(testCase, with: try Fixtures.printer(for: testCase))
        let drawn = try DrawnCharacters(pdf: printed.pdf)
        #expect(!drawn.characters.isEmpty)
        let labels = printed.layout.pages.flatMap(\.items).compactMap { if case .text(let run) = $0, run.isSpread { run.text } else { nil } }
        let spread = drawn.characters.filter { $0.font == "Unnamed-T3" }
        #expect(String(String.UnicodeScalarView(spread.map(\.scalar))) == labels.joined())
        let fonts = try FontCatalog(manifestURL: Fixtures.root.appendingPathComponent("Fonts/fonts.yaml"))
        for character in drawn.characters where !(0xD800...0xDFFF).contains(character.scalar.value) && character.scalar != " "
            && character.font != "Unnamed-T3" {
            let face = try #require(Self.faceIDs[character.font], "unknown font \(character.font)")
            #expect(fonts.hasGlyph(for: Character(character.scalar), inFace: face),
                    "\(character.scalar) U+\(String(character.scalar.value, radix: 16, uppercase: true)) drawn with \(character.font)")
            if character.scalar == "\u{20BB7}" { #expect(face == "ipamjm") }
        }
    }

    /// The PDF font names of the faces of Fonts/fonts.yaml.
    static let faceIDs = ["IPAexMincho": "ipaexm", "IPAexGothic": "ipaexg", "IPAmjMincho": "ipamjm", "DejaVuSansMono": "dejavumono",
                          "BIZUDMincho-Regular": "bizudm", "BIZUDGothic-Regular": "bizudg"]
}
