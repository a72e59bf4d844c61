import Hummingbird

/// Refuses (403) a request addressed to another host name than this computer's (a page of another site
/// whose name was pointed at 127.0.0.1, "DNS rebinding"), and every request that changes or sends
/// something (any method but GET and HEAD) from a page of another origin: an `Origin` other than the
/// desk's own, or a browser's `Sec-Fetch-Site: cross-site`. A program that sends no `Origin` (curl, the
/// mailing job) is served.
///
/// A desk that listens beyond this computer is reached by other names, and has sign-in instead: its
/// session cookie (`SameSite=Strict`) is never sent by a page of another site.
struct SameOriginCheck<Context: RequestContext>: RouterMiddleware {
    /// Whether the `Host` must name this computer (a desk on loopback).
    var checksHost = true

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !checksHost || Self.isLoopbackHost(request.head.authority) else { throw DeskFailure.crossOrigin }
        if request.method != .get && request.method != .head && !Self.isSameOrigin(request) {
            throw DeskFailure.crossOrigin
        }
        return try await next(request, context)
    }

    /// The desk's own pages send `Sec-Fetch-Site: same-origin`; their form posts carry `Origin: null`,
    /// because every page asks for `Referrer-Policy: no-referrer`, so an `Origin` of `null` is the
    /// desk's own only when the browser says so.
    static func isSameOrigin(_ request: Request) -> Bool {
        let origin = request.headers[.origin]
        if let site = request.headers[.secFetchSite] {
            guard site == "same-origin" || site == "none" else { return false }
            return origin == nil || origin == "null" || isOwn(origin, request)
        }
        guard let origin else { return true }
        return isOwn(origin, request)
    }

    private static func isOwn(_ origin: String?, _ request: Request) -> Bool {
        guard let origin, let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    /// Whether the `Host` names this computer: `localhost`, `127.x.x.x` or `[::1]`, with any port.
    static func isLoopbackHost(_ authority: String?) -> Bool {
        guard let authority else { return false }
        var name = Substring(authority)
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return false }
            return name[name.index(after: name.startIndex)..<close] == "::1"
        }
        if let colon = name.lastIndex(of: ":") { name = name[..<colon] }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return name.lowercased() == "localhost"
            || (parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil })
    }
}
