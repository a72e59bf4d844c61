import Core
import Foundation
import FormInput
import FormModels
import Hummingbird
import MCSForms

/// The HTTP API, on the same contract as the command line, for programs such as the mailing job:
/// render, validate, the JSON Schemas, and a health check.
struct APIRoutes {
    let desk: DeskResources

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/render") { request, _ in
            let input = try await Self.input(of: request, limit: desk.configuration.bodyLimit)
            let query = request.uri.queryParameters
            let typeface = try Self.typeface(query[Substring(DeskTypeface.field)].map(String.init))
            if query["format"] == "png" {
                let page = try Self.pageNumber(query["page"].map(String.init))
                let (png, problems) = try await DeskPrinting.page(page, of: input, dpi: DeskPrinting.previewDPI, typeface: typeface,
                                                                  with: desk.printers)
                guard problems.isEmpty else { return Responses.json(DeskPrinting.json(problems), status: .unprocessableContent) }
                guard let png else { throw DeskFailure.badRequest(.noSuchPage(page)) }
                return Responses.png(png)
            }
            if let format = query["format"], format != "pdf" { throw DeskFailure.badRequest(.renderFormat) }
            switch try await DeskPrinting.print(input, typeface: typeface, with: desk.printers) {
            case .printed(let form): return Responses.pdf(form.pdf, file: "\(form.kind.rawValue).pdf")
            case .invalid(let problems): return Responses.json(DeskPrinting.json(problems), status: .unprocessableContent)
            }
        }
        router.post("/api/validate") { request, _ in
            let input = try await Self.input(of: request, limit: desk.configuration.bodyLimit)
            return Responses.json(DeskPrinting.json(try await DeskPrinting.problems(of: input, with: desk.printers)))
        }
        router.get("/api/schema/:form") { _, context in
            let kind = try PageRoutes.form(context)
            var response = Responses.body(Data(InputSchema.text(for: kind, tables: desk.tables).utf8), type: "application/schema+json")
            response.headers[.cacheControl] = "no-cache"
            return response
        }
        router.get("/healthz") { _, _ in Responses.text("ok\n") }
    }

    /// The body of a render or validate request: YAML or JSON, as its `Content-Type` says.
    static func input(of request: Request, limit: Int) async throws -> Data {
        let type = request.headers[.contentType] ?? ""
        let mediaType = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard acceptedTypes.contains(mediaType) else { throw DeskFailure.unsupportedContentType(type) }
        return try await RequestBodies.data(of: request, limit: limit)
    }

    /// The media types of YAML and JSON, and plain text, which both are.
    static let acceptedTypes: Set<String> = [
        "application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain",
    ]

    /// `page=N` counted from 1; 1 when left out.
    /// `typeface=`: one the desk offers (`DeskTypeface`), or none for the standard one.
    static func typeface(_ text: String?) throws -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard let typeface = DeskTypeface.named(text) else { throw DeskFailure.badRequest(.typeface) }
        return typeface
    }

    static func pageNumber(_ text: String?) throws -> Int {
        guard let text else { return 1 }
        guard let page = Int(text), page >= 1 else { throw DeskFailure.badRequest(.pageNumber) }
        return page
    }
}
