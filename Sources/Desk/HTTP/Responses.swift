import Foundation
import FormInput
import Hummingbird

/// The desk's responses, each with its type: pages, JSON, PDF, PNG and downloads.
enum Responses {
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(page.markup.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(value.prettyPrinted.utf8), type: "application/json; charset=utf-8", status: status)
    }

    static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(text.utf8), type: "text/plain; charset=utf-8", status: status)
    }

    /// A PDF shown in the browser (for printing), named `file` when saved.
    static func pdf(_ data: Data, file: String) -> Response {
        var response = body(data, type: "application/pdf")
        response.headers[.contentDisposition] = "inline; filename=\"\(file)\""
        return response
    }

    static func png(_ data: Data) -> Response {
        body(data, type: "image/png")
    }

    /// A file the browser saves as `file` (ASCII) instead of showing it.
    static func download(_ data: Data, file: String, type: String) -> Response {
        var response = body(data, type: type)
        response.headers[.contentDisposition] = "attachment; filename=\"\(file)\""
        return response
    }

    static func body(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentLength] = String(data.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
