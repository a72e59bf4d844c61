import Foundation
import Hummingbird
import NIOCore

/// A request's body read whole, up to the desk's limit (413 beyond it).
enum RequestBodies {
    static func data(of request: Request, limit: Int) async throws -> Data {
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw DeskFailure.tooLarge(limit: limit)
        }
    }

    /// The body as UTF-8 text; other bytes are a bad request.
    static func text(of request: Request, limit: Int) async throws -> String {
        guard let text = String(data: try await data(of: request, limit: limit), encoding: .utf8) else {
            throw DeskFailure.badRequest(.notUTF8)
        }
        return text
    }
}
