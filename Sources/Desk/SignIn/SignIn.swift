import Foundation
import Hummingbird

/// Sign-in for a desk that other computers can reach: its accounts, its sessions, and the name of the
/// cookie that carries a session (`HttpOnly`, `SameSite=Strict`, `Secure` over TLS).
final class SignIn: Sendable {
    let accounts: Accounts
    let sessions = Sessions()
    let secureCookie: Bool
    static let cookieName = "mcs_desk_session"

    /// The name signed in for the request being answered, which the pages show with a way to sign out.
    @TaskLocal static var current: String?

    init(accounts: Accounts, secureCookie: Bool) {
        self.accounts = accounts
        self.secureCookie = secureCookie
    }

    /// The name signed in on `request`, if any.
    func name(of request: Request) async -> String? {
        guard let token = request.cookies[Self.cookieName]?.value else { return nil }
        return await sessions.name(for: token)
    }

    func cookie(_ token: String, closing: Bool = false) -> Cookie {
        Cookie(name: Self.cookieName, value: closing ? "" : token, maxAge: closing ? 0 : Int(Sessions.lifetime), path: "/",
               secure: secureCookie, httpOnly: true, sameSite: .strict)
    }

    /// The addresses a person may reach without signing in: the sign-in page and what it loads.
    static func isOpen(_ path: String) -> Bool {
        path == "/signin" || path == "/healthz" || path.hasPrefix("/assets/")
    }
}

/// Sends every request without a session to the sign-in page (a program's API call gets 401).
struct SignInGate<Context: RequestContext>: RouterMiddleware {
    let signIn: SignIn

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if SignIn.isOpen(request.uri.path) { return try await next(request, context) }
        if let name = await signIn.name(of: request) {
            return try await SignIn.$current.withValue(name) { try await next(request, context) }
        }
        if request.uri.path.hasPrefix("/api/") { throw DeskFailure.signInNeeded }
        var response = Response(status: .seeOther)
        response.headers[.location] = "/signin"
        return response
    }
}
