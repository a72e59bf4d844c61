import Foundation
import Hummingbird

/// One line per request on standard error: time, method, path, status, bytes and duration. Never the
/// query, a header, a body or a value, so no personal data and no password reaches the log.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            Self.write(request, status: response.status.code, bytes: response.body.contentLength, since: start)
            return response
        } catch {
            Self.write(request, status: ErrorAnswer.status(of: error).code, bytes: nil, since: start)
            throw error
        }
    }

    private static func write(_ request: Request, status: Int, bytes: Int?, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let line = "\(Date().formatted(.iso8601)) \(request.method) \(loggable(request.uri.path)) \(status) "
            + "\(bytes.map(String.init) ?? "-") B \(String(format: "%.1f", milliseconds)) ms\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The path, cut to 200 characters, with anything but printable ASCII escaped (the terminal shows
    /// no control character).
    private static func loggable(_ path: String) -> String {
        String(path.prefix(200).unicodeScalars.map { (0x21...0x7E).contains($0.value) ? String($0) : "%" + String($0.value, radix: 16) }.joined())
    }
}
