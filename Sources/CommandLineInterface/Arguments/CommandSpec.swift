/// What a command accepts, declared once: its name, what it does, its arguments and options. Both the
/// parsing (`ArgumentParsing`) and the help (`HelpText`) come from it.
struct CommandSpec: Sendable {
    var name: String
    /// One sentence on what the command does.
    var abstract: String
    /// More, printed below the options in the help.
    var discussion: String?
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
}

/// An option: `--long VALUE` (also `--long=VALUE`, or `-s VALUE` when it has a short name), or a flag
/// `--long` that takes no value.
struct OptionSpec: Sendable {
    var long: String
    var short: Character?
    /// The value's name in the help (`FILE`); nil for a flag.
    var value: String?
    var help: String

    static func flag(_ long: String, help: String) -> OptionSpec {
        OptionSpec(long: long, short: nil, value: nil, help: help)
    }

    static func option(_ long: String, short: Character? = nil, value: String, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, value: value, help: help)
    }

    /// How the option is written: `--output` or `-o, --output`.
    var names: String { (short.map { "-\($0), " } ?? "") + "--" + long }
}

/// A positional argument, in the order of the command's list.
struct ArgumentSpec: Sendable {
    /// How many values it takes: exactly one, one or none, or one and more (the last argument only).
    enum Count: Sendable {
        case one, optional, many
    }

    var name: String
    var count: Count
    var help: String
}
