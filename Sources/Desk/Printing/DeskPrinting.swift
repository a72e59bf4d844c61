import Core
import Foundation
import FormInput
import FormModels
import MCSForms

/// What the desk asks of a printer: an input's problems, its PDF, its pages as PNG. Each runs on a
/// printer of the pool; a problem of the input is a result, not a failure.
enum DeskPrinting {
    /// The outcome of printing one input.
    enum Outcome: Sendable {
        case printed(PrintedForm)
        /// The input's problems, as `mcs-forms validate` words them.
        case invalid([Diagnostic])
    }

    /// The resolution of the previews on the form's page: an A4 page 595 pixels wide, one pixel per point.
    static let previewDPI = 72.0

    static func print(_ input: Data, typeface: String? = nil, with printers: PrinterPool) async throws -> Outcome {
        try await printers.run(typeface: typeface) { printer in
            do {
                return .printed(try printer.print(data: input))
            } catch let problems as DiagnosticList {
                return .invalid(problems.diagnostics)
            }
        }
    }

    /// The input's problems (none when it prints).
    static func problems(of input: Data, with printers: PrinterPool) async throws -> [Diagnostic] {
        try await printers.run { printer in
            do {
                _ = try printer.check(data: input)
                return []
            } catch let problems as DiagnosticList {
                return problems.diagnostics
            }
        }
    }

    /// The input's problems and, when it has none, how many pages it prints on.
    static func check(_ input: Data, typeface: String? = nil, with printers: PrinterPool) async throws -> (pages: Int, problems: [Diagnostic]) {
        try await printers.run(typeface: typeface) { printer in
            do {
                return (try printer.check(data: input).pages.count, [])
            } catch let problems as DiagnosticList {
                return (0, problems.diagnostics)
            }
        }
    }

    /// Page `page` (from 1) of the input as PNG at `dpi`; nil when there is no such page; or its problems.
    static func page(_ page: Int, of input: Data, dpi: Double, typeface: String? = nil, with printers: PrinterPool) async throws -> (Data?, [Diagnostic]) {
        try await printers.run(typeface: typeface) { printer in
            do {
                let layout = try printer.check(data: input)
                guard layout.pages.indices.contains(page - 1) else { return (nil, []) }
                return (try printer.pngPage(of: layout, index: page - 1, dpi: dpi), [])
            } catch let problems as DiagnosticList {
                return (nil, problems.diagnostics)
            }
        }
    }

    /// The input's pages as PNG at `dpi`, or its problems.
    static func pages(of input: Data, dpi: Double, typeface: String? = nil, with printers: PrinterPool) async throws -> ([Data], [Diagnostic]) {
        try await printers.run(typeface: typeface) { printer in
            do {
                return (try printer.pngPages(of: try printer.check(data: input), dpi: dpi), [])
            } catch let problems as DiagnosticList {
                return ([], problems.diagnostics)
            }
        }
    }

    /// The decoded input, or its problems.
    static func decode(_ input: Data, with printers: PrinterPool) async throws -> Result<FormDocument, DiagnosticList> {
        try await printers.run { printer in
            do {
                return .success(try printer.decode(data: input))
            } catch let problems as DiagnosticList {
                return .failure(problems)
            }
        }
    }

    static func blank(_ kind: FormKind, with printers: PrinterPool) async throws -> Data {
        try await printers.run { printer in try printer.printBlank(kind).pdf }
    }

    /// Problems as the JSON list of `mcs-forms validate --format json`, the input named `-`.
    static func json(_ problems: [Diagnostic]) -> JSONValue {
        .array(DiagnosticReport(file: "-", list: DiagnosticList(problems)).jsonObjects)
    }
}
