import Foundation
import Hummingbird
import MultipartKit

/// A browser's form with a file (`multipart/form-data`): its one file, with the name it had, and its
/// other fields (check boxes).
struct UploadedForm {
    var fileName: String
    var file: Data
    var fields: [String: String]

    /// The form of `request`; a body that is not such a form, or has no file, is refused.
    static func of(_ request: Request, limit: Int) async throws -> UploadedForm {
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data"),
              let boundary = parameter("boundary", of: type)
        else { throw DeskFailure.unsupportedContentType(type) }
        let body = try await RequestBodies.data(of: request, limit: limit)
        var form = UploadedForm(fileName: "", file: Data(), fields: [:])
        var found = false
        do {
            let parser = MultipartParser(boundary: boundary)
            var headers: [String: String] = [:]
            var part = Data()
            parser.onHeader = { name, value in headers[name.lowercased()] = value }
            parser.onBody = { buffer in part.append(contentsOf: buffer.readableBytesView) }
            parser.onPartComplete = {
                let disposition = headers["content-disposition"] ?? ""
                if let name = parameter("name", of: disposition) {
                    if let fileName = parameter("filename", of: disposition) {
                        (form.fileName, form.file, found) = (fileName, part, true)
                    } else {
                        form.fields[name] = String(decoding: part, as: UTF8.self)
                    }
                }
                headers = [:]
                part = Data()
            }
            try parser.execute([UInt8](body))
        } catch {
            throw DeskFailure.badRequest(.upload)
        }
        guard found, !form.file.isEmpty else { throw DeskFailure.badRequest(.upload) }
        return form
    }

    /// The value of `name=` (quoted or not) among the `;`-separated parameters of a header.
    private static func parameter(_ name: String, of header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
