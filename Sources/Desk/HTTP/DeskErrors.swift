import Core
import Foundation
import Hummingbird

/// Answers every failure of a request in Japanese: a page for a person, `{"error": …}` for a program
/// (paths under `/api/`). An unexpected error is answered 500 without its details, which could hold a
/// value of the input.
struct DeskErrors<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let status = ErrorAnswer.status(of: error)
            let message = ErrorAnswer.message(of: error)
            if request.uri.path.hasPrefix("/api/") {
                return Responses.json(.object([("error", .string(message))]), status: status)
            }
            return Responses.html(ErrorPage.html(status: status.code, message: message), status: status)
        }
    }

}

/// The status and the Japanese message of any failure of a request.
enum ErrorAnswer {
    static func status(of error: any Error) -> HTTPResponse.Status {
        switch error {
        case let failure as DeskFailure: failure.status
        case let error as any HTTPResponseError: error.status
        default: .internalServerError
        }
    }

    static func message(of error: any Error) -> String {
        switch error {
        case let failure as DeskFailure: return failure.message
        case let error as any HTTPResponseError:
            switch error.status {
            case .notFound, .methodNotAllowed: return DeskFailure.notFound.message
            case .contentTooLarge: return DeskFailure.tooLarge(limit: DeskConfiguration.standardBodyLimit).message
            default: return DeskFailure.badRequest(.status(error.status.code)).message
            }
        default: return ProblemWording.message(.deskInternalError)
        }
    }
}
