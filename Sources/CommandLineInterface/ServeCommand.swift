import Core
import Foundation

/// `mcs-forms serve`: starts the desk, the secretariat's forms in a browser (docs/desk.md).
///
/// Listens on 127.0.0.1 unless told otherwise; another address needs sign-in, so it is refused until
/// the desk has its accounts.
struct ServeCommand: Subcommand {
    static let spec = CommandSpec(
        name: "serve",
        abstract: "事務局の窓口（ブラウザで様式を入力・確認・印刷する画面）を起動します。",
        discussion: "起動すると、ブラウザで開くアドレス（http://127.0.0.1:8080/ など）を表示します。終了は Ctrl+C です。",
        options: [
            .option("host", value: "ADDRESS", help: "待ち受けるアドレス（省略すると 127.0.0.1。このコンピューターからだけ開けます）"),
            .option("port", value: "PORT", help: "ポート番号（省略すると 8080。0 なら空いている番号を使います）"),
            .option("profile", value: "FILE", help: "Templates/data/profile.yaml の代わりに使う団体の情報"),
            .option("templates", value: "DIR", help: "Templates/ の代わりに使う様式のフォルダ（同じ検査をします）"),
            .option("jobs", value: "N", help: "同時に印刷する数（省略すると CPU の数）"),
        ])

    /// What `serve` does with its options: set by the program that runs the command line.
    nonisolated(unsafe) static var start: @Sendable (ServeOptions) throws -> Void = { _ in }

    let options: ServeOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        let host = arguments.string("host") ?? ServeOptions.loopback
        guard ServeOptions.isLoopback(host) else { throw UsageError(.hostNeedsSignIn(host)) }
        let port: Int = try arguments.value("port") ?? 8080
        guard (0...65535).contains(port) else {
            throw UsageError(.badOptionValue(option: "--port", value: String(port), expected: .range(from: 0, to: 65535)))
        }
        let jobs: Int? = try arguments.value("jobs")
        if let jobs, jobs < 1 { throw UsageError(.tooFewJobs) }
        options = ServeOptions(host: host, port: port,
                               profile: arguments.string("profile").map { URL(fileURLWithPath: $0) },
                               templates: arguments.string("templates").map { URL(fileURLWithPath: $0, isDirectory: true) },
                               jobs: jobs)
    }

    func run() throws {
        try Self.start(options)
    }
}

/// The options of `mcs-forms serve`, as the desk starts with them.
public struct ServeOptions: Sendable {
    public var host: String
    public var port: Int
    public var profile: URL?
    public var templates: URL?
    /// How many forms are printed at once; nil for one per core.
    public var jobs: Int?

    /// The address the desk listens on unless told otherwise.
    static let loopback = "127.0.0.1"

    /// Whether `host` is this computer only (127.0.0.0/8, `::1`, `localhost`).
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || (host.hasPrefix("127.") && host.split(separator: ".").count == 4
            && host.split(separator: ".").allSatisfy { UInt8($0) != nil })
    }
}
