import Core
import Foundation
import FormInput
import FormModels
import Hummingbird
import MCSForms

/// The pages for people: the list of forms, each form's page (every button of it posts the form back),
/// the blank forms, and the desk's style sheet and script.
struct PageRoutes {
    let desk: DeskResources

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Responses.html(HomePage.html()) }
        router.get("/forms/:form") { _, context in
            let contract = try FormContract.of(Self.form(context))
            return Responses.html(FormPage(entry: FormEntry(contract), tables: desk.tables).html())
        }
        router.post("/forms/:form") { request, context in
            let contract = try FormContract.of(Self.form(context))
            let pairs = try FormBody.pairs(of: try await RequestBodies.text(of: request, limit: desk.configuration.bodyLimit))
            let entry = FormEntry(contract, pairs: pairs)
            let action = pairs.last(where: { $0.0 == "action" })?.1 ?? "check"
            return try await FormActions(desk: desk).respond(to: action, with: entry)
        }
        router.get("/blank/:file") { _, context in
            let file = context.parameters.get("file") ?? ""
            guard file.hasSuffix(".pdf"), let kind = FormKind(rawValue: String(file.dropLast(4))) else { throw DeskFailure.notFound }
            return Responses.pdf(try await DeskPrinting.blank(kind, with: desk.printers), file: "blank-\(kind.rawValue).pdf")
        }
        router.get("/assets/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            guard let data = desk.assets[name] else { throw DeskFailure.notFound }
            var response = Responses.body(data, type: DeskAssets.contentType(of: name))
            response.headers[.cacheControl] = "no-cache"
            return response
        }
    }

    /// The form named in the address; any other name is a page that does not exist.
    static func form(_ context: BasicRequestContext) throws -> FormKind {
        guard let name = context.parameters.get("form"), let kind = FormKind(rawValue: name) else { throw DeskFailure.notFound }
        return kind
    }
}
