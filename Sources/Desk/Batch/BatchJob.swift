import Foundation
import MCSForms

/// One batch run from the desk's batch page: its private folder, how far it is, and the files it made,
/// each of which can be downloaded once.
struct BatchJob: Sendable {
    /// What a finished batch offers to download, by its address under `/batch/ID/`.
    enum Download: String, CaseIterable, Sendable {
        /// Every printed notice in record order, in one PDF to print.
        case print = "print.pdf"
        /// The notices one PDF each, with the manifest.
        case pdfs = "pdfs.zip"
        /// The generated initial passwords.
        case passwords = "passwords.csv"

        var title: String {
            switch self {
            case .print: "印刷用の PDF（全件をまとめたもの）"
            case .pdfs: "1件ずつの PDF（ZIP）"
            case .passwords: "初期パスワードの一覧（passwords.csv）"
            }
        }

        var contentType: String {
            switch self {
            case .print: "application/pdf"
            case .pdfs: "application/zip"
            case .passwords: "text/csv; charset=utf-8"
            }
        }
    }

    enum State: Sendable {
        case running(done: Int, total: Int)
        case finished(BatchSummary)
        /// The batch could not run at all (an unreadable file), in words for the page.
        case failed(String)
    }

    let id: String
    /// The name the file had on the user's computer, as the page names it.
    let fileName: String
    let folder: URL
    let started: Date
    var state: State = .running(done: 0, total: 0)
    /// The downloads still waiting to be fetched.
    var waiting: Set<Download> = []

    /// Where a download is kept until it is fetched.
    func file(_ download: Download) -> URL {
        folder.appendingPathComponent(download.rawValue)
    }

    /// The folder the batch writes its PDFs, manifest and passwords into.
    var output: URL { folder.appendingPathComponent("out", isDirectory: true) }
}
