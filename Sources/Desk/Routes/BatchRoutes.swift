import Foundation
import Hummingbird

/// The batch page: a file of notices in, a batch started, its progress, its files out once each.
struct BatchRoutes {
    let desk: DeskResources

    func add(to router: Router<BasicRequestContext>) {
        router.get("/batch") { _, _ in Responses.html(BatchPage.upload()) }
        router.post("/batch") { request, _ in
            let upload = try await UploadedForm.of(request, limit: desk.configuration.batchBodyLimit)
            let settings = BatchJob.Settings(
                generatePasswords: upload.fields["generatePasswords"] == "true", duplex: upload.fields["duplex"] == "true",
                coverLetter: upload.fields["coverLetter"] == "true", sortedForThePost: upload.fields["sort"] == "postalCode")
            let id = try await desk.batches.start(upload.file, fileName: upload.fileName, settings: settings)
            var response = Response(status: .seeOther)
            response.headers[.location] = "/batch/\(id)"
            return response
        }
        router.get("/batch/:id") { _, context in
            guard let job = await desk.batches.job(context.parameters.get("id") ?? "") else { throw DeskFailure.notFound }
            return Responses.html(BatchPage.job(job))
        }
        router.get("/batch/:id/:file") { _, context in
            guard let download = BatchJob.Download(rawValue: context.parameters.get("file") ?? ""),
                  let data = try await desk.batches.take(download, of: context.parameters.get("id") ?? "")
            else { throw DeskFailure.notFound }
            return download == .print
                ? Responses.pdf(data, file: download.rawValue)
                : Responses.download(data, file: download.rawValue, type: download.contentType)
        }
    }
}
