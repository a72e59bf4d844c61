import Foundation
import Hummingbird
import Logging
import HummingbirdCore
import HummingbirdTLS
import NIOCore
import NIOSSL

/// The desk: a web server for the secretariat's forms, on the same contract and renderer as the
/// command line (docs/desk.md).
public enum DeskServer {
    /// Runs the desk until the process is stopped; prints the address to open once it listens.
    public static func run(_ configuration: DeskConfiguration) async throws {
        let app = try application(configuration) { address in
            FileHandle.standardOutput.write(Data("様式の窓口を開きました: \(address)\nブラウザでこのアドレスを開いてください。終了は Ctrl+C です。\n".utf8))
            if !configuration.listensOnLoopback {
                FileHandle.standardError.write(Data("注意: このコンピューターの外からも開けるアドレス（\(configuration.host)）で待ち受けています。サインインした人だけが使えます。\n".utf8))
            }
        }
        try await app.runService()
    }

    /// The desk's application; `started` is told the address it listens on.
    static func application(_ configuration: DeskConfiguration,
                            started: @escaping @Sendable (String) -> Void = { _ in }) throws -> some ApplicationProtocol {
        let router = try router(configuration)
        var logger = Logger(label: "mcs-forms-desk")
        logger.logLevel = .warning
        let host = configuration.host
        let scheme = configuration.tlsCertificate == nil ? "http" : "https"
        return Application(router: router, server: try server(configuration),
                           configuration: .init(address: .hostname(host, port: configuration.port)),
                           onServerRunning: { channel in
                               let port = channel.localAddress?.port ?? configuration.port
                               started("\(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
                           }, logger: logger)
    }

    /// HTTP, or HTTPS with the configuration's certificate and key.
    static func server(_ configuration: DeskConfiguration) throws -> HTTPServerBuilder {
        guard let certificate = configuration.tlsCertificate, let key = configuration.tlsKey else { return .http1() }
        let chain = try NIOSSLCertificate.fromPEMFile(certificate.path).map { NIOSSLCertificateSource.certificate($0) }
        let tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain,
                                                           privateKey: .privateKey(try NIOSSLPrivateKey(file: key.path, format: .pem)))
        return try .tls(.http1(), tlsConfiguration: tls)
    }

    /// Every route of the desk behind its middleware: the log line, the security headers, Japanese
    /// errors, and the same-origin check.
    static func router(_ configuration: DeskConfiguration) throws -> Router<BasicRequestContext> {
        let desk = try DeskResources(configuration)
        let router = Router()
        if configuration.logsRequests { router.add(middleware: RequestLog()) }
        router.add(middleware: SecurityHeaders())
        router.add(middleware: DeskErrors())
        router.add(middleware: SameOriginCheck(checksHost: configuration.listensOnLoopback))
        if let file = configuration.accountsFile {
            let signIn = SignIn(accounts: try Accounts(contentsOf: file), secureCookie: configuration.tlsCertificate != nil)
            router.add(middleware: SignInGate(signIn: signIn))
            SignInRoutes(desk: desk, signIn: signIn).add(to: router)
        }
        PageRoutes(desk: desk).add(to: router)
        APIRoutes(desk: desk).add(to: router)
        BatchRoutes(desk: desk).add(to: router)
        return router
    }
}
