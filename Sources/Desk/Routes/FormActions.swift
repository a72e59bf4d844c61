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
            switch try await DeskPrinting.print(entry.inputData, typeface: entry.typeface, with: desk.printers) {
            case .printed(let form): return Responses.pdf(form.pdf, file: "\(entry.contract.kind.rawValue).pdf")
            case .invalid(let problems): return page(entry, problems: problems, status: .unprocessableContent)
            }
        case "yaml":
            return Responses.download(Data(entry.input.yamlText.utf8), file: "\(entry.contract.kind.rawValue).yaml",
                                      type: "application/yaml; charset=utf-8")
        case "passwords":
            let filled = entry.fillPasswords()
            return try await checked(entry, notice: filled == 0 ? "空欄のパスワードはありません。" : "空欄だった \(filled) 人のパスワードを生成しました。")
        case "derive-approval", "derive-rejection":
            return try await derive(from: entry, approving: parts.first == "derive-approval")
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

    /// The form filled from an input file: the form the file names (its `form:`), or `kind` when it names
    /// none; its problems shown at their fields, or its pages when it has none.
    func load(_ data: Data, into kind: FormKind) async throws -> Response {
        let fields: [InputFields.Value]
        do {
            fields = try InputFields.values(of: data)
        } catch {
            return page(FormEntry(FormContract.of(kind)), problems: error.diagnostics, status: .unprocessableContent)
        }
        let named = fields.first { $0.path == FieldPath().appending(FormContract.formKey) }.flatMap { FormKind(rawValue: $0.text) }
        let entry = FormEntry(FormContract.of(named ?? kind), fields: fields)
        return try await checked(entry, input: data, notice: "ファイルを読み込みました。")
    }

    /// The approval or rejection notice made from the application entered (`NoticeDerivation`), on its own
    /// page; the application's page with its problems when it has any.
    private func derive(from entry: FormEntry, approving: Bool) async throws -> Response {
        switch try await DeskPrinting.decode(entry.inputData, with: desk.printers) {
        case .failure(let problems):
            return page(entry, problems: problems.diagnostics, status: .unprocessableContent)
        case .success(let document):
            guard case .application(let application) = document.form else { return page(entry) }
            let notice = NoticeDerivation.approval(from: application, date: NoticeDerivation.today,
                                                   decision: approving ? .approved(generatingPasswords: true) : .rejected(reason: nil))
            let fields = try InputFields.values(of: Data(notice.prettyPrinted.utf8))
            let derived = FormEntry(FormContract.of(.approval), fields: fields)
            return try await checked(derived, notice: approving
                ? "申込書から承認連絡書を作りました（パスワードは生成済み）。性別を選び、内容を確かめてください。"
                : "申込書から不承認連絡書を作りました。不承認理由を書いてください。")
        }
    }

    /// The page with the input's problems, or its printed pages when it has none.
    /// `input` is what is checked when it is not the entry itself (a file loaded: its own problems, unknown
    /// keys among them).
    private func checked(_ entry: FormEntry, input: Data? = nil, notice: String? = nil) async throws -> Response {
        let (pages, problems) = try await DeskPrinting.pages(of: input ?? entry.inputData, dpi: DeskPrinting.previewDPI,
                                                             typeface: entry.typeface, with: desk.printers)
        var form = FormPage(entry: entry, problems: problems, previews: pages, notice: notice, tables: desk.tables)
        if problems.isEmpty && notice == nil { form.notice = "入力に誤りはありません。右の見本を確かめて「PDFを開く」から印刷してください。" }
        return Responses.html(form.html(), status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    private func page(_ entry: FormEntry, problems: [Diagnostic] = [], status: HTTPResponse.Status = .ok) -> Response {
        Responses.html(FormPage(entry: entry, problems: problems, tables: desk.tables).html(), status: status)
    }
}
