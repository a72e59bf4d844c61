/// A command of `mcs-forms` (`render`, `batch` …): its spec, how it is made from a parsed command line,
/// and what it does.
protocol Subcommand: Sendable {
    static var spec: CommandSpec { get }
    /// The command with its arguments; a combination that makes no sense is a usage error.
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// Runs the command; throws `ExitStatus` to end with a code after printing its own report.
    func run() throws
}

/// How the program ends besides success, after the command printed why.
struct ExitStatus: Error {
    var code: Int32

    /// Something the command needs is missing (`doctor`).
    static let failure = ExitStatus(code: 1)
    /// The input is not a valid form, or the command line is not a valid call (`EX_USAGE`).
    static let invalidInput = ExitStatus(code: 64)
}
