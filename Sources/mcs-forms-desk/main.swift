import CommandLineInterface
import Desk
import Dispatch

// `mcs-forms-desk`: the whole command line, with `serve` starting the desk here. The command line is
// synchronous; the server runs on Swift's concurrency threads while this thread waits for it.
CommandLineProgram.main { options in
    if let name = options.addUser, let accounts = options.accounts {
        return try AccountEditor.addUser(name, to: accounts)
    }
    var configuration = DeskConfiguration(host: options.host, port: options.port, profile: options.profile,
                                          templates: options.templates, workers: options.jobs)
    configuration.accountsFile = options.accounts
    configuration.tlsCertificate = options.tlsCertificate
    configuration.tlsKey = options.tlsKey
    let outcome = BlockingOutcome()
    Task {
        do { try await DeskServer.run(configuration) } catch { outcome.failure = error }
        outcome.done.signal()
    }
    outcome.done.wait()
    if let failure = outcome.failure { throw failure }
}

/// How the server ended, handed from its task to the waiting thread.
final class BlockingOutcome: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    /// Written by the task before it signals `done`, read after the wait.
    var failure: (any Error)?
}
