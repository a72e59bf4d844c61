import ArgumentParser
import Foundation
import FormModels
import Core
import FormInput
import MCSForms

/// `mcs-forms render`: one input file (or a blank form) to a PDF, optionally with PNG previews.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "入力（YAML または JSON）から様式の PDF を作ります。--blank で手書き用の空欄様式を作ります。"
    )

    @Argument(help: "The input file (.yaml, .yml or .json).")
    var input: String?

    @Option(name: .long, help: "Print the blank form instead: application, approval, withdrawal or consent.")
    var blank: FormKind?

    @Option(name: .shortAndLong, help: "The PDF to write (default: the input's name with .pdf).")
    var output: String?

    @Option(name: .long, help: "Also write each page as PREFIX-N.png.")
    var png: String?

    @Option(name: .long, help: "Resolution of the PNG pages.")
    var pngDpi: Double = 100

    @Option(name: .long, help: "Also write the layout dump (one line per item) to this file.")
    var dump: String?

    @Option(name: .long, help: "An organization profile replacing Templates/data/profile.yaml.")
    var profile: String?

    @Option(name: .long, help: "A folder of templates replacing Templates/ (checked as the shipped ones are).")
    var templates: String?

    @Flag(name: .long, help: "Print, per field, whether it was condensed (長体), shrunk or wrapped to fit.")
    var fitReport = false

    func validate() throws {
        if (input == nil) == (blank == nil) {
            throw ValidationError("入力ファイルか --blank FORM のどちらか一方を指定してください。")
        }
        if blank != nil && output == nil {
            throw ValidationError("--blank には -o OUT.pdf が必要です。")
        }
    }

    func run() throws {
        let printer = try FormPrinter(profile: profile.map { URL(fileURLWithPath: $0) },
                                      templates: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
        let printed: PrintedForm
        if let blank {
            printed = try printer.printBlank(blank)
        } else if let input {
            let url = URL(fileURLWithPath: input)
            do {
                printed = try printer.print(contentsOf: url)
            } catch let failure as DiagnosticList {
                FileHandle.standardError.write(Data(DiagnosticReport(file: input, list: failure).text.utf8))
                throw ExitCodes.invalidInput
            }
        } else {
            return
        }
        let target = URL(fileURLWithPath: output ?? Self.defaultOutput(for: input ?? "form"))
        try printer.write(printed, to: target)
        if let png {
            try printer.writePNGPages(printed, prefix: png, dpi: pngDpi)
        }
        if let dump {
            try printer.writeDump(printed, to: URL(fileURLWithPath: dump))
        }
        print(target.path)
        if fitReport {
            print(FitReport(form: printed).text, terminator: "")
        }
    }

    static func defaultOutput(for input: String) -> String {
        URL(fileURLWithPath: input).deletingPathExtension().appendingPathExtension("pdf").path
    }
}

extension FormKind: ExpressibleByArgument {}
