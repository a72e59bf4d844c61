import Core
import Foundation
import FormInput
import FormModels
import Hummingbird
import MCSForms

/// What each button of a form's page does, without JavaScript: check the input and show the printed
/// pages, open the PDF, save the input as YAML, generate passwords, add or remove a row.
struct FormActions {
    let desk: DeskResources

    func respond(to action: String, with entry: FormEntry) async throws -> Response {
        var entry = entry
        let parts = action.split(separator: ":").map(String.init)
        switch parts.first {
        case "pdf":
            switch try await DeskPrinting.print(entry.inputData, with: desk.printers) {
            case .printed(let form): return Responses.pdf(form.pdf, file: "\(entry.contract.kind.rawValue).pdf")
            case .invalid(let problems): return page(entry, problems: problems, status: .unprocessableContent)
            }
        case "yaml":
            return Responses.download(Data(entry.input.yamlText.utf8), file: "\(entry.contract.kind.rawValue).yaml",
                                      type: "application/yaml; charset=utf-8")
        case "passwords":
            let filled = entry.fillPasswords()
            return try await checked(entry, notice: filled == 0 ? "空欄のパスワードはありません。" : "空欄だった \(filled) 人のパスワードを生成しました。")
        case "add" where parts.count == 2:
            guard let list = entry.contract.rowLists.first(where: { $0.key == parts[1] }) else { throw DeskFailure.badRequest(.rowAction) }
            entry.addRow(to: list)
            return page(entry)
        case "remove" where parts.count == 3:
            guard let list = entry.contract.rowLists.first(where: { $0.key == parts[1] }), let row = Int(parts[2]) else {
                throw DeskFailure.badRequest(.rowAction)
            }
            entry.removeRow(row, of: list)
            return page(entry)
        default:
            return try await checked(entry)
        }
    }

    /// The page with the input's problems, or its printed pages when it has none.
    private func checked(_ entry: FormEntry, notice: String? = nil) async throws -> Response {
        let (pages, problems) = try await DeskPrinting.pages(of: entry.inputData, dpi: DeskPrinting.previewDPI, with: desk.printers)
        var form = FormPage(entry: entry, problems: problems, previews: pages, notice: notice, tables: desk.tables)
        if problems.isEmpty && notice == nil { form.notice = "入力に誤りはありません。右の見本を確かめて「PDFを開く」から印刷してください。" }
        return Responses.html(form.html(), status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    private func page(_ entry: FormEntry, problems: [Diagnostic] = [], status: HTTPResponse.Status = .ok) -> Response {
        Responses.html(FormPage(entry: entry, problems: problems, tables: desk.tables).html(), status: status)
    }
}
