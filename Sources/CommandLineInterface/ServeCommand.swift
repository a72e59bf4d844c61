import Core
import Foundation

/// `mcs-forms serve`: starts the desk, the secretariat's forms in a browser (docs/desk.md).
///
/// Listens on 127.0.0.1 unless told otherwise; another address needs sign-in (`--accounts`) and HTTPS
/// (`--tls-cert`, `--tls-key`). `--add-user NAME --accounts FILE` adds an account and exits.
struct ServeCommand: Subcommand {
    static let spec = CommandSpec(
        name: "serve",
        abstract: "事務局の窓口（ブラウザで様式を入力・確認・印刷する画面）を起動します。",
        discussion: """
            起動すると、ブラウザで開くアドレス（http://127.0.0.1:8080/ など）を表示します。終了は Ctrl+C です。
            ほかのコンピューターから使うには、--host にこのコンピューターのアドレスを、--accounts に利用者のファイルを、
            --tls-cert と --tls-key に証明書と秘密鍵を指定します（docs/desk.md）。
            """,
        options: [
            .option("host", value: "ADDRESS", help: "待ち受けるアドレス（省略すると 127.0.0.1。このコンピューターからだけ開けます）"),
            .option("accounts", value: "FILE", help: "サインインできる利用者のファイル（所有者だけが読める 0600）"),
            .option("add-user", value: "NAME", help: "--accounts のファイルに利用者を加えます（パスワードを2回たずねます）。窓口は起動しません"),
            .option("tls-cert", value: "FILE", help: "HTTPS の証明書（PEM）"),
            .option("tls-key", value: "FILE", help: "HTTPS の秘密鍵（PEM）"),
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
        let accounts = arguments.string("accounts").map { URL(fileURLWithPath: $0) }
        let certificate = arguments.string("tls-cert").map { URL(fileURLWithPath: $0) }
        let key = arguments.string("tls-key").map { URL(fileURLWithPath: $0) }
        if (certificate == nil) != (key == nil) { throw UsageError(.tlsNeedsCertificateAndKey) }
        let addUser = arguments.string("add-user")
        if addUser != nil && accounts == nil { throw UsageError(.addUserNeedsAccounts) }
        guard ServeOptions.isLoopback(host) || (accounts != nil && certificate != nil) || addUser != nil else {
            throw UsageError(.hostNeedsSignIn(host))
        }
        let port: Int = try arguments.value("port") ?? 8080
        guard (0...65535).contains(port) else {
            throw UsageError(.badOptionValue(option: "--port", value: String(port), expected: .range(from: 0, to: 65535)))
        }
        let jobs: Int? = try arguments.value("jobs")
        if let jobs, jobs < 1 { throw UsageError(.tooFewJobs) }
        options = ServeOptions(host: host, port: port,
                               profile: arguments.string("profile").map { URL(fileURLWithPath: $0) },
                               templates: arguments.string("templates").map { URL(fileURLWithPath: $0, isDirectory: true) },
                               jobs: jobs, accounts: accounts, addUser: addUser, tlsCertificate: certificate, tlsKey: key)
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
    /// The accounts that may sign in; and the account to add to them instead of starting the desk.
    public var accounts: URL?
    public var addUser: String?
    /// The certificate and key of HTTPS.
    public var tlsCertificate: URL?
    public var tlsKey: URL?

    /// The address the desk listens on unless told otherwise.
    static let loopback = "127.0.0.1"

    /// Whether `host` is this computer only (127.0.0.0/8, `::1`, `localhost`).
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || (host.hasPrefix("127.") && host.split(separator: ".").count == 4
            && host.split(separator: ".").allSatisfy { UInt8($0) != nil })
    }
}
