/// The help of the program and of each command, made from their specs: what a command does, how it is
/// called, its arguments and options, each with its explanation.
enum HelpText {
    /// The help of one command.
    static func of(_ spec: CommandSpec) -> String {
        var lines = ["\(program) \(spec.name): \(spec.abstract)", "", "使い方: " + usage(spec)]
        if !spec.arguments.isEmpty {
            lines += ["", "引数:"] + table(spec.arguments.map { ("<\($0.name)>" + ($0.count == .many ? " …" : ""), $0.help) })
        }
        let options = spec.options + [OptionSpec(long: "help", short: "h", value: nil, help: "この説明を表示します")]
        lines += ["", "オプション:"] + table(options.map { option in
            (option.names + (option.value.map { " <\($0)>" } ?? ""), option.help)
        })
        if let discussion = spec.discussion { lines += ["", discussion] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The help of the program: its commands.
    static func program(abstract: String, commands: [CommandSpec]) -> String {
        var lines = ["\(program): \(abstract)", "", "使い方: \(program) <コマンド> [引数・オプション]", "", "コマンド:"]
        lines += table(commands.map { ($0.name, $0.abstract) })
        lines += ["", "各コマンドの説明: \(program) <コマンド> --help", "版の表示: \(program) --version"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The one-line usage of a command: `mcs-forms render [<input>] [オプション]`.
    static func usage(_ spec: CommandSpec) -> String {
        let arguments = spec.arguments.map { argument in
            switch argument.count {
            case .one: "<\(argument.name)>"
            case .optional: "[<\(argument.name)>]"
            case .many: "<\(argument.name)> …"
            }
        }
        return ([program, spec.name] + arguments + ["[オプション]"]).joined(separator: " ")
    }

    static let program = "mcs-forms"

    /// Two columns, the first (ASCII names) padded to a common width.
    private static func table(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { name, text in "  " + name + String(repeating: " ", count: width + 2 - name.count) + text }
    }
}
