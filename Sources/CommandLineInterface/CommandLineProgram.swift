import Core
import Foundation
import FormInput
import MCSForms

/// The `mcs-forms` command line: prints the forms of the おおさき地区医介連ネットワーク as PDF, and starts
/// the desk.
///
/// Two programs run it: `mcs-forms`, which prints, and `mcs-forms-desk`, which also holds the web
/// server. `mcs-forms serve` hands its command line to `mcs-forms-desk` beside it, so that a `render`
/// does not load a web server it never uses (docs/performance.md).
public enum CommandLineProgram {
    static let version = "0.9.0"
    static let abstract = "おおさき地区医介連ネットワークの様式（別紙様式1〜4）を PDF に印刷します。"
    static let commands: [any Subcommand.Type] = [
        RenderCommand.self, ValidateCommand.self, SchemaCommand.self, BatchCommand.self, DeriveCommand.self,
        ServeCommand.self, DoctorCommand.self,
    ]

    /// Forbids core dumps before any input (and so any password) is read, then runs the command line;
    /// `serve` is what `mcs-forms serve` does with its options. Never returns.
    public static func main(serve: @escaping @Sendable (ServeOptions) throws -> Void) -> Never {
        ProcessPrivacy.forbidCoreDumps()
        ServeCommand.start = serve
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs the command line `words` (without the program's name); returns the exit code.
    static func run(_ words: [String]) -> Int32 {
        guard let first = words.first else { return help(for: nil) }
        switch first {
        case "-h", "--help": return help(for: nil)
        case "help": return help(for: words.dropFirst().first)
        case "--version": return say(version + "\n")
        default: break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            let names = commands.map { $0.spec.name }
            let error = first.hasPrefix("-")
                ? UsageError(.unknownOption(first, suggestion: nil))
                : UsageError(.unknownCommand(first, suggestion: KeySuggestion.nearest(to: first, in: names)))
            return complain(error, usage: "\(HelpText.program) <コマンド> [引数・オプション]", more: "\(HelpText.program) --help")
        }
        return run(command, Array(words.dropFirst()))
    }

    private static func run(_ command: any Subcommand.Type, _ words: [String]) -> Int32 {
        let spec = command.spec
        do {
            switch try ArgumentParsing.parse(words, for: spec) {
            case .help: return say(HelpText.of(spec))
            case .run(let arguments): try command.init(arguments).run()
            }
            return 0
        } catch let error as UsageError {
            return complain(error, usage: HelpText.usage(spec), more: "\(HelpText.program) \(spec.name) --help", command: spec.name)
        } catch let status as ExitStatus {
            return status.code
        } catch {
            FileHandle.standardError.write(Data("エラー: \(error)\n".utf8))
            return 1
        }
    }

    /// The help of the program, or of the command `name`.
    private static func help(for name: String?) -> Int32 {
        guard let name else { return say(HelpText.program(abstract: abstract, commands: commands.map { $0.spec })) }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            let error = UsageError(.unknownCommand(name, suggestion: KeySuggestion.nearest(to: name, in: commands.map { $0.spec.name })))
            return complain(error, usage: "\(HelpText.program) help <コマンド>", more: "\(HelpText.program) --help")
        }
        return say(HelpText.of(command.spec))
    }

    private static func say(_ text: String) -> Int32 {
        FileHandle.standardOutput.write(Data(text.utf8))
        return 0
    }

    /// Writes a usage error with the command's usage and where to read more, on standard error.
    private static func complain(_ error: UsageError, usage: String, more: String, command: String? = nil) -> Int32 {
        let prefix = [HelpText.program, command].compactMap { $0 }.joined(separator: " ")
        FileHandle.standardError.write(Data("\(prefix): \(error.message)\n使い方: \(usage)\n詳しくは: \(more)\n".utf8))
        return ExitStatus.invalidInput.code
    }
}
