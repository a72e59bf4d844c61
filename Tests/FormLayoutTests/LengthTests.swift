import Core
import Testing
@testable import FormLayout

/// Millimetres, points and ems are distinct types; a template's numbers take the unit of their key.
struct LengthTests {
    @Test func millimetresAndPointsConvert() {
        #expect(Millimetres(25.4).points == Points(72))
        #expect(Points(72).millimetres == Millimetres(25.4))
        #expect(Millimetres(10) + Millimetres(5) == Millimetres(15))
        #expect(abs(Millimetres(-3)) == Millimetres(3))
        #expect(Millimetres(30) / Millimetres(10) == 3)
    }

    @Test func emsAreRelativeToTheSize() {
        #expect(Ems(1.5).at(Points(10)) == Points(15))
        #expect(Ems(0).at(Points(10.5)) == Points.zero)
    }

    /// `x`/`y` are millimetres, `size` points and `firstIndent` ems: a paragraph at x 20 mm with a one-em
    /// indent at 10 pt starts 20 mm + 10 pt from the page's left edge.
    @Test func templateKeysTakeTheirUnits() throws {
        let document = try layout(page(
            "{ kind: paragraph, x: 20, y: 30, width: 100, size: 10, firstIndent: 1, text: あいう }"))
        let run = try #require(document.pages.first?.runs.first)
        #expect(run.size == 10)
        #expect(abs(run.origin.x - (pt(20) + 10)) < 0.001)
    }

    /// A template rectangle in millimetres becomes a box in points.
    @Test func aBoxIsItsRectangleInPoints() {
        let box = Box.millimetres(x: 10, y: 20, width: 30, height: 40)
        #expect(box.x == Points(pt(10)) && box.y == Points(pt(20)))
        #expect(box.inset(horizontal: 2).width == Points(pt(30)) - 4)
    }
}
