import ArgumentParser

/// The `mcs-forms` command: prints the forms of the おおさき地区医介連ネットワーク as PDF.
@main
struct MCSFormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcs-forms",
        abstract: "おおさき地区医介連ネットワークの様式（別紙様式1〜4）を PDF に印刷します。",
        subcommands: [RenderCommand.self, ValidateCommand.self, SchemaCommand.self, BatchCommand.self]
    )
}
