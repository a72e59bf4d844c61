import ArgumentParser

/// The exit codes of the command besides success.
enum ExitCodes {
    /// The input is not a valid form (argument-parser's validation-failure code).
    static let invalidInput = ExitCode(64)
}
