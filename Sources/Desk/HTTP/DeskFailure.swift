import Core
import HTTPTypes

/// Why the desk answers a request with an error: the status and the problem, worded by `ProblemWording`.
enum DeskFailure: Error, Equatable {
    case busy
    case timedOut
    case tooLarge(limit: Int)
    case notFound
    case crossOrigin
    case badRequest(Problem.BadRequest)
    case unsupportedContentType(String)
    case signInNeeded

    var status: HTTPResponse.Status {
        switch self {
        case .busy, .timedOut: .serviceUnavailable
        case .tooLarge: .contentTooLarge
        case .notFound: .notFound
        case .crossOrigin: .forbidden
        case .badRequest: .badRequest
        case .unsupportedContentType: .unsupportedMediaType
        case .signInNeeded: .unauthorized
        }
    }

    var problem: Problem {
        switch self {
        case .busy: .deskBusy
        case .timedOut: .printTimedOut
        case .tooLarge(let limit): .requestTooLarge(limit: limit)
        case .notFound: .pageNotFound
        case .crossOrigin: .crossOrigin
        case .badRequest(let detail): .badRequest(detail)
        case .unsupportedContentType(let type): .unsupportedContentType(type)
        case .signInNeeded: .signInNeeded
        }
    }

    var message: String { ProblemWording.message(problem) }
}
