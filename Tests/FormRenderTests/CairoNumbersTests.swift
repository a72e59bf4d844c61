import CCairoNumbers
import Foundation
@testable import FormRender
import Glibc
import Testing
import TestSupport

/// One argument of a format, as a test case holds it.
enum FormatArgument: Sendable, CustomStringConvertible {
    case int(Int32), unsigned(UInt32), long(Int), unsignedLong(UInt), double(Double), text(String)

    var value: CVarArg {
        switch self {
        case .int(let value): value
        case .unsigned(let value): value
        case .long(let value): value
        case .unsignedLong(let value): value
        case .double(let value): value
        case .text(let value): value
        }
    }

    var description: String { "\(value)" }
}

/// cairo's numbers are written by the program's fast path exactly as glibc's snprintf writes them.
@Suite struct CairoNumbersTests {
    /// `format` with `arguments`, by the fast path (nil when it leaves the format to libc) and by glibc.
    private func both(_ format: String, _ arguments: [FormatArgument]) -> (fast: String?, glibc: String) {
        both(format, arguments.map(\.value))
    }

    private func both(_ format: String, _ arguments: [CVarArg]) -> (fast: String?, glibc: String) {
        var fast = [CChar](repeating: 0, count: 128), glibc = [CChar](repeating: 0, count: 128)
        let length = withVaList(arguments) { mcs_format_number(&fast, fast.count, format, $0) }
        _ = withVaList(arguments) { vsnprintf(&glibc, glibc.count, format, $0) }
        return (length < 0 ? nil : String(cString: fast), String(cString: glibc))
    }

    /// Every format cairo writes a number with, on the numbers a page has and at their edges.
    @Test(arguments: [
        ("%d", [.int(0)]), ("%d", [.int(-1)]), ("%d", [.int(.max)]), ("%d", [.int(.min)]), ("%u", [.unsigned(.max)]),
        ("%x", [.int(0xBEEF)]), ("%X", [.int(0xBEEF)]), ("%02x", [.int(7)]), ("%04x", [.int(0x1A)]),
        ("%04x", [.int(0x12345)]), ("%5d", [.int(-42)]), ("%05d", [.int(-42)]), ("%ld", [.long(.min)]),
        ("%lu", [.unsignedLong(.max)]), ("%lx", [.long(.max)]), ("%0*x", [.int(4), .int(0x2F)]), ("%0*x", [.int(2), .int(0x1234)]),
        ("%*d", [.int(6), .int(-3)]),
        ("%f", [.double(0)]), ("%f", [.double(-0.0)]), ("%f", [.double(0.1)]), ("%f", [.double(841.889764)]),
        ("%f", [.double(-37.585226)]), ("%f", [.double(0.0078125)]), ("%f", [.double(0.0234375)]), ("%f", [.double(2.5e-7)]),
        ("%f", [.double(-1e-9)]), ("%f", [.double(999_999_999.9999995)]), ("%f", [.double(123_456_789.987654321)]),
        ("%.3f", [.double(10.0005)]), ("%.3f", [.double(0.0625)]), ("%.18f", [.double(0.05)]), ("%.18f", [.double(1.0 / 3)]),
        ("%.*f", [.int(7), .double(0.012345678)]), ("%.*f", [.int(0), .double(2.5)]), ("%.*f", [.int(0), .double(3.5)]),
        ("%.0f", [.double(0.5)]),
    ] as [(String, [FormatArgument])])
    func writesAsGlibcDoes(_ format: String, _ arguments: [FormatArgument]) {
        let (fast, glibc) = both(format, arguments)
        #expect(fast == glibc, "\(format) \(arguments)")
    }

    /// Seeded random coordinates, widths and ties (values whose decimals end in an exact half), at every
    /// precision cairo asks for.
    @Test func randomNumbersAsGlibcWritesThem() {
        var generator = SeededRandom(seed: 0x6D63_7366)
        var mismatches: [String] = []
        for index in 0..<300_000 {
            let magnitude = Double.random(in: -12...9, using: &generator)
            var value = pow(10, magnitude) * (Bool.random(using: &generator) ? -1 : 1)
            if index % 3 == 0 {  // a multiple of a power of two: decimals that end in 5, an exact tie at some precision
                let power = Double(Int.random(in: 1...40, using: &generator))
                value = (value * pow(2, power)).rounded() / pow(2, power)
            }
            let precision = [6, 6, 3, 18, Int.random(in: 0...18, using: &generator)][index % 5]
            let (fast, glibc) = both("%.*f", [Int32(precision), value])
            // The fast path writes every value whose decimals fit in 64 bits, down to 2^-68, and zero.
            let fits = value == 0 || abs(value) * pow(10, Double(precision)) < 1.8e19 && abs(value) >= 0x1p-68
            if fast.map({ $0 != glibc }) ?? fits { mismatches.append("%.\(precision)f \(value): \(fast ?? "nil") ≠ \(glibc)") }
            let integer = Int32.random(in: .min ... .max, using: &generator)
            let (fastInteger, glibcInteger) = both(["%d", "%u", "%x", "%0*x"][index % 4], index % 4 == 3 ? [Int32(index % 9), integer] : [integer])
            if fastInteger != glibcInteger { mismatches.append("\(integer): \(fastInteger ?? "nil") ≠ \(glibcInteger)") }
        }
        #expect(mismatches.count == 0, "\(mismatches.prefix(10))")
    }

    /// Formats and values that the fast path leaves to glibc.
    @Test(arguments: [
        ("%s", [.text("text")]), ("%g", [.double(1.5)]), ("%e", [.double(1.5)]), ("%+d", [.int(5)]), ("%-4d", [.int(5)]), ("%f", [.double(.nan)]),
        ("%f", [.double(.infinity)]), ("%f", [.double(1e300)]), ("%f", [.double(1e15)]), ("%f", [.double(.leastNonzeroMagnitude)]), ("%.19f", [.double(0.1)]), ("x%d", [.int(1)]),
        ("%d%d", [.int(1), .int(2)]), ("%", [.int(1)]), ("%5.2f", [.double(1.0)]), ("%0*x", [.int(-4), .int(1)]), ("%*4d", [.int(1), .int(1)]),
    ] as [(String, [FormatArgument])])
    func leavesOtherFormatsToGlibc(_ format: String, _ arguments: [FormatArgument]) {
        #expect(both(format, arguments).fast == nil, "\(format)")
    }

    /// A PDF's numbers do go through the fast path (on the rendering thread), and the PDF is unchanged
    /// by it: qpdf reads it whole.
    @Test func cairosNumbersTakeTheFastPath() throws {
        let before = mcs_cairo_formatted_numbers()
        let pdf = try PDFRenderer().pdf(try sampleDocument(), creationDate: "2026-11-24T09:00:00+09:00")
        #expect(mcs_cairo_formatted_numbers() - before > 100)
        let url = try temporaryDirectory().appendingPathComponent("numbers.pdf")
        try Data(pdf).write(to: url)
        #expect(try run("qpdf", ["--check", url.path]).status == 0)
    }
}
