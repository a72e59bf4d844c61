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
            let action = pairs.last(where: { $0.0 == "action" })?.1 ?? "check"
            return try await FormActions(desk: desk).respond(to: action, with: FormEntry(contract, pairs: pairs))
        }
        // What the desk's script asks while a form is edited: the problems and dates as they will
        // print, and each page of the preview.
        router.post("/forms/:form/check") { request, context in
            let entry = try await Self.entry(of: request, context, limit: desk.configuration.bodyLimit)
            let (pages, problems) = try await DeskPrinting.check(entry.inputData, typeface: entry.typeface, with: desk.printers)
            return Responses.json(LiveCheck(entry: entry, problems: problems, pages: pages).json)
        }
        router.post("/forms/:form/preview/:page") { request, context in
            let entry = try await Self.entry(of: request, context, limit: desk.configuration.bodyLimit)
            let page = try APIRoutes.pageNumber(context.parameters.get("page"))
            let (png, problems) = try await DeskPrinting.page(page, of: entry.inputData, dpi: DeskPrinting.previewDPI,
                                                              typeface: entry.typeface, with: desk.printers)
            guard problems.isEmpty else { return Responses.json(DeskPrinting.json(problems), status: .unprocessableContent) }
            guard let png else { throw DeskFailure.notFound }
            return Responses.png(png)
        }
        // 「ファイルを読み込む」: a YAML or JSON input into the form it names, with its problems at their fields.
        router.post("/forms/:form/load") { request, context in
            let kind = try Self.form(context)
            let upload = try await UploadedForm.of(request, limit: desk.configuration.bodyLimit)
            return try await FormActions(desk: desk).load(upload.file, into: kind)
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

    /// The entry a form's page posts.
    static func entry(of request: Request, _ context: BasicRequestContext, limit: Int) async throws -> FormEntry {
        let contract = try FormContract.of(form(context))
        return FormEntry(contract, pairs: try FormBody.pairs(of: try await RequestBodies.text(of: request, limit: limit)))
    }

    /// The form named in the address; any other name is a page that does not exist.
    static func form(_ context: BasicRequestContext) throws -> FormKind {
        guard let name = context.parameters.get("form"), let kind = FormKind(rawValue: name) else { throw DeskFailure.notFound }
        return kind
    }
}
