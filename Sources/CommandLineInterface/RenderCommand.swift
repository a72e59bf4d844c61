import Core
import Foundation
import FormDisplay
import FormInput
import FormModels
import MCSForms

/// `mcs-forms render`: one input file (or a blank form) to a PDF, optionally with PNG previews.
struct RenderCommand: Subcommand {
    static let spec = CommandSpec(
        name: "render",
        abstract: "入力（YAML または JSON）から様式の PDF を作ります。--blank で手書き用の空欄様式、--sample で記入例を作ります。",
        arguments: [ArgumentSpec(name: "input", count: .optional, help: "入力ファイル（.yaml・.yml・.json）")],
        options: [
            .option("blank", value: "FORM", help: "入力の代わりに空欄の様式を作ります: \(FormKind.names)"),
            .option("sample", value: "FORM", help: "入力の代わりに、例を記入し各ページに「記入例」と示した様式を作ります: \(FormKind.names)"),
            .option("output", short: "o", value: "FILE", help: "書き出す PDF（省略すると入力ファイルの名前の .pdf）"),
            .option("png", value: "PREFIX", help: "各ページを PREFIX-1.png、PREFIX-2.png … としても書き出します"),
            .option("png-dpi", value: "DPI", help: "PNG の解像度（省略すると 100）"),
            .option("dump", value: "FILE", help: "レイアウトの一覧（1行に1項目）をこのファイルにも書き出します"),
            .option("profile", value: "FILE", help: "Templates/data/profile.yaml の代わりに使う団体の情報"),
            .option("templates", value: "DIR", help: "Templates/ の代わりに使う様式のフォルダ（同じ検査をします）"),
            .flag("fit-report", help: "項目ごとに、長体・縮小・折り返しで収めたかを表示します"),
        ] + CoverLetterOptions.specs + [TypefaceOption.spec])

    var input: String?
    var blank: FormKind?
    var sample: FormKind?
    var output: String?
    var png: String?
    var pngDpi: Double
    var dump: String?
    var profile: String?
    var templates: String?
    var fitReport: Bool
    var coverLetter: CoverLetter?
    var typeface: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        input = arguments.argument("input")
        blank = try arguments.value("blank")
        sample = try arguments.value("sample")
        output = arguments.string("output")
        png = arguments.string("png")
        pngDpi = try arguments.value("png-dpi") ?? 100
        // A PNG page is held whole in memory: 600 dpi is an A4 page of 35 million pixels.
        if !Self.pngResolutions.contains(pngDpi) {
            throw UsageError(.badOptionValue(option: "--png-dpi", value: arguments.string("png-dpi") ?? "",
                                             expected: .range(from: Int(Self.pngResolutions.lowerBound), to: Int(Self.pngResolutions.upperBound))))
        }
        dump = arguments.string("dump")
        profile = arguments.string("profile")
        templates = arguments.string("templates")
        fitReport = arguments.flag("fit-report")
        coverLetter = CoverLetterOptions.coverLetter(arguments)
        typeface = arguments.string("typeface")
        if [input != nil, blank != nil, sample != nil].filter({ $0 }).count != 1 { throw UsageError(.inputOrBlank) }
        if (blank != nil || sample != nil) && output == nil { throw UsageError(.blankNeedsOutput) }
    }

    func run() throws {
        let printer = try FormPrinter(profile: profile.map { URL(fileURLWithPath: $0) },
                                      templates: templates.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                      coverLetter: coverLetter, typeface: typeface)
        let printed: PrintedForm
        if let blank {
            printed = try printer.printBlank(blank)
        } else if let sample {
            printed = try printer.printSample(sample)
        } else if let input {
            let url = URL(fileURLWithPath: input)
            do {
                printed = try printer.print(contentsOf: url)
            } catch let failure as DiagnosticList {
                FileHandle.standardError.write(Data(DiagnosticReport(file: input, list: failure).text.utf8))
                throw ExitStatus.invalidInput
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

    /// The resolutions a PNG page may have.
    static let pngResolutions = 10.0...600

    static func defaultOutput(for input: String) -> String {
        URL(fileURLWithPath: input).deletingPathExtension().appendingPathExtension("pdf").path
    }
}
