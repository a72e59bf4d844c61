import FormInput

/// Reads a command's arguments against its spec.
///
/// Written here rather than taken from swift-argument-parser: that library builds its parsers by
/// reflection, whose first-time runtime lookups were 14 % of the instructions of a cold `render`
/// (callgrind, docs/performance.md) for a command line of a few options. This reads the same
/// conventions: `--name VALUE`, `--name=VALUE`, `-o VALUE`, flags, `--` before arguments that start
/// with `-`, and `-h`/`--help` anywhere.
enum ArgumentParsing {
    /// What the command line asks for: to run with these arguments, or to print the command's help.
    enum Request {
        case run(ParsedArguments)
        case help
    }

    static func parse(_ words: [String], for spec: CommandSpec) throws(UsageError) -> Request {
        var parsed = ParsedArguments()
        var positional: [String] = []
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                positional.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            if word == "-h" || word == "--help" { return .help }
            let (option, attached) = try option(named: word, in: spec)
            if option.value == nil {
                if attached != nil { throw UsageError(.flagWithValue("--" + option.long)) }
                parsed.flags.insert(option.long)
                continue
            }
            guard parsed.options[option.long] == nil else { throw UsageError(.repeatedOption("--" + option.long)) }
            if let attached {
                parsed.options[option.long] = attached
            } else if index < words.count {
                parsed.options[option.long] = words[index]
                index += 1
            } else {
                throw UsageError(.missingOptionValue(option.names))
            }
        }
        parsed.arguments = try assign(positional, to: spec.arguments)
        return .run(parsed)
    }

    /// The option `word` names, with a value written into it (`--name=VALUE`, `-oVALUE`).
    private static func option(named word: String, in spec: CommandSpec) throws(UsageError) -> (OptionSpec, String?) {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let value = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            if let option = spec.options.first(where: { $0.long == name }) { return (option, value) }
            let suggestion = KeySuggestion.nearest(to: name, in: spec.options.map(\.long) + ["help"])
            throw UsageError(.unknownOption("--" + name, suggestion: suggestion.map { "--" + $0 }))
        }
        let letter = word.dropFirst().first
        if let option = spec.options.first(where: { $0.short != nil && $0.short == letter }) {
            let rest = word.dropFirst(2)
            return (option, rest.isEmpty ? nil : String(rest.hasPrefix("=") ? rest.dropFirst() : rest))
        }
        throw UsageError(.unknownOption(word, suggestion: nil))
    }

    /// The positional words given to the command's arguments in order.
    private static func assign(_ words: [String], to arguments: [ArgumentSpec]) throws(UsageError) -> [String: [String]] {
        var rest = words[...]
        var assigned: [String: [String]] = [:]
        for argument in arguments {
            switch argument.count {
            case .one:
                guard let word = rest.popFirst() else { throw UsageError(.missingArgument(argument.name)) }
                assigned[argument.name] = [word]
            case .optional:
                if let word = rest.popFirst() { assigned[argument.name] = [word] }
            case .many:
                guard !rest.isEmpty else { throw UsageError(.missingArgument(argument.name)) }
                assigned[argument.name] = Array(rest)
                rest = []
            }
        }
        if let extra = rest.first { throw UsageError(.extraArgument(extra)) }
        return assigned
    }
}
