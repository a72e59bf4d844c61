import Foundation
import Hummingbird
import MultipartKit

/// The file a browser sends from an `<input type="file" name="file">` (`multipart/form-data`).
struct UploadedFile: Decodable {
    var file: Data

    /// The file of `request`; a body that is not such a form is a bad request.
    static func of(_ request: Request, limit: Int) async throws -> Data {
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data"),
              let boundary = type.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count)
        else { throw DeskFailure.unsupportedContentType(type) }
        let body = try await RequestBodies.data(of: request, limit: limit)
        do {
            return try FormDataDecoder().decode(UploadedFile.self, from: [UInt8](body),
                                                boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\""))).file
        } catch {
            throw DeskFailure.badRequest(.upload)
        }
    }
}
