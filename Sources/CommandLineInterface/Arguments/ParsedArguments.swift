import MCSForms
import Core
import FormModels

/// A command line read against its command's spec: the flags given, each option's value and each
/// argument's values, with typed access whose failures are usage errors.
struct ParsedArguments {
    var flags: Set<String> = []
    var options: [String: String] = [:]
    var arguments: [String: [String]] = [:]

    /// Whether the flag `--long` was given.
    func flag(_ long: String) -> Bool { flags.contains(long) }

    /// The value of `--long`, nil when it was not given.
    func string(_ long: String) -> String? { options[long] }

    /// The value of `--long` read as `Value`; a value that is not one is a usage error.
    func value<Value: ArgumentValue>(_ long: String, as _: Value.Type = Value.self) throws(UsageError) -> Value? {
        guard let text = options[long] else { return nil }
        guard let value = Value(argument: text) else {
            throw UsageError(.badOptionValue(option: "--" + long, value: text, expected: Value.expected))
        }
        return value
    }

    /// The value of the argument `name` (one or optional), nil when it was left out.
    func argument(_ name: String) -> String? { arguments[name]?.first }

    /// The argument `name` read as `Value`.
    func argument<Value: ArgumentValue>(_ name: String, as _: Value.Type = Value.self) throws(UsageError) -> Value? {
        guard let text = argument(name) else { return nil }
        guard let value = Value(argument: text) else { throw UsageError(.badOptionValue(option: "<\(name)>", value: text, expected: Value.expected)) }
        return value
    }

    /// Every value of the argument `name` (one and more).
    func all(_ name: String) -> [String] { arguments[name] ?? [] }
}

/// A type a command-line value can be read as, with what a valid value is.
protocol ArgumentValue {
    init?(argument: String)
    static var expected: Problem.ExpectedValue { get }
}

extension Int: ArgumentValue {
    init?(argument: String) { self.init(argument) }
    static var expected: Problem.ExpectedValue { .integer }
}

extension Double: ArgumentValue {
    init?(argument: String) {
        guard let value = Double(argument), value.isFinite else { return nil }
        self = value
    }

    static var expected: Problem.ExpectedValue { .number }
}

extension CalendarDate: ArgumentValue {
    init?(argument: String) { self.init(iso: argument) }
    static var expected: Problem.ExpectedValue { .oneOf(["YYYY-MM-DD"]) }
}

extension BatchOrder: ArgumentValue {
    init?(argument: String) { self.init(rawValue: argument) }
    static var expected: Problem.ExpectedValue { .oneOf(allCases.map(\.rawValue)) }
}

extension FormKind: ArgumentValue {
    init?(argument: String) { self.init(rawValue: argument) }
    static var expected: Problem.ExpectedValue { .oneOf(allCases.map(\.rawValue)) }

    /// The forms' names as the help lists them.
    static var names: String { allCases.map(\.rawValue).joined(separator: "・") }
}
