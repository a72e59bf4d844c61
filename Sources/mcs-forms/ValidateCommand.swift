import ArgumentParser
import Foundation
import Core
import MCSForms

/// `mcs-forms validate`: checks input files without printing anything.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "入力ファイルを検査します（PDF は作りません）。すべて正しければ終了コード 0、誤りがあれば 64。"
    )

    @Argument(help: "The input files (.yaml, .yml or .json).")
    var inputs: [String]

    @Option(name: .long, help: "An organization profile replacing Templates/data/profile.yaml.")
    var profile: String?

    func run() throws {
        let printer = try FormPrinter(profile: profile.map { URL(fileURLWithPath: $0) })
        var valid = true
        for input in inputs {
            do {
                _ = try printer.check(contentsOf: URL(fileURLWithPath: input))
            } catch let failure as DiagnosticList {
                FileHandle.standardError.write(Data(DiagnosticReport(file: input, list: failure).text.utf8))
                valid = false
            }
        }
        if !valid { throw ExitCodes.invalidInput }
    }
}
