import ArgumentParser
import MCSForms

/// The `mcs-forms` command: prints the forms of the おおさき地区医介連ネットワーク as PDF.
@main
struct MCSFormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcs-forms",
        abstract: "おおさき地区医介連ネットワークの様式（別紙様式1〜4）を PDF に印刷します。",
        version: "0.9.0",
        subcommands: [RenderCommand.self, ValidateCommand.self, SchemaCommand.self, BatchCommand.self, DoctorCommand.self]
    )

    /// Forbids core dumps before any input (and so any password) is read, then runs the command.
    static func main() {
        ProcessPrivacy.forbidCoreDumps()
        main(nil)
    }
}
