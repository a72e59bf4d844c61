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
        /// The envelopes to post, in print order (no password).
        case mailing = "mailing.csv"

        var title: String {
            switch self {
            case .print: "印刷用の PDF（全件をまとめたもの）"
            case .pdfs: "1件ずつの PDF（ZIP）"
            case .passwords: "初期パスワードの一覧（passwords.csv）"
            case .mailing: "封筒の一覧（mailing.csv：郵便番号・住所・事業所名）"
            }
        }

        var contentType: String {
            switch self {
            case .print: "application/pdf"
            case .pdfs: "application/zip"
            case .passwords, .mailing: "text/csv; charset=utf-8"
            }
        }
    }

    /// What the batch page asked for beside the file.
    struct Settings: Sendable {
        /// Fill in missing initial passwords (`passwords.csv`).
        var generatePasswords = false
        /// Each notice on a front side of the print file.
        var duplex = false
        /// A 送付状 for a window envelope before each notice.
        var coverLetter = false
        /// The notices in postal-code order.
        var sortedForThePost = false
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
