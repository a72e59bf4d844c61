import Core
import Foundation
import FormModels
import MCSForms

/// `/batch`: many notices at once from a file, as `mcs-forms batch` prints them; then how far it is, and
/// what it made, each file downloadable once.
enum BatchPage {
    static func upload(problem: String? = nil) -> HTML {
        PageShell.page(title: "一括印刷", body: """
        <p class="crumbs"><a href="/">様式の一覧</a> ＞ 一括印刷</p>
        <h1>一括印刷</h1>
        <p class="lead">多数の承認連絡書などを、1つのファイルからまとめて印刷します。</p>
        \(problem.map { (text: String) -> HTML in "<p class=\"error-message\" role=\"alert\">\(text)</p>" } ?? .empty)
        <form class="entry batch" method="post" action="/batch" enctype="multipart/form-data">
        <div class="field">
        <label for="batch-file">ファイル <span class="required">必須</span></label>
        <input type="file" id="batch-file" name="file" accept=".csv,.jsonl,.json,.yaml,.yml" aria-describedby="batch-hint">
        <p class="hint" id="batch-hint">CSV（UTF-8、または Excel の「CSV（コンマ区切り）」の Shift_JIS）、JSON Lines、YAML。列や項目は <code>mcs-forms batch</code> と同じです。</p>
        </div>
        <fieldset class="field choices">
        <legend>オプション</legend>
        <div class="boxes">
        <label class="check"><input type="checkbox" name="generatePasswords" value="true"> 空欄の初期パスワードを生成する（passwords.csv に書きます）</label>
        <label class="check"><input type="checkbox" name="duplex" value="true"> 両面印刷用に、各通知を表面から始める</label>
        <label class="check"><input type="checkbox" name="coverLetter" value="true"> 承認（不承認）連絡書の前に、窓付き封筒（長形3号）用の送付状を付ける（事業所の郵便番号と住所が必要です）</label>
        <label class="check"><input type="checkbox" name="sort" value="postalCode"> 郵便番号順に並べる（郵便で出すとき）</label>
        </div>
        </fieldset>
        <div class="actions"><button type="submit" class="primary">印刷を始める</button></div>
        </form>
        """)
    }

    static func job(_ job: BatchJob) -> HTML {
        switch job.state {
        case .running(let done, let total):
            return PageShell.page(title: "一括印刷", refresh: 1, body: """
            <p class="crumbs"><a href="/">様式の一覧</a> ＞ <a href="/batch">一括印刷</a></p>
            <h1>印刷しています</h1>
            <p><progress max="\(max(total, 1))" value="\(done)" aria-label="印刷の進み具合">\(done) / \(total)</progress>
            <span class="progress-count">\(done) / \(total) 件</span></p>
            <p class="hint">このページは自動で新しくなります。</p>
            """)
        case .failed(let message):
            return PageShell.page(title: "一括印刷", body: """
            <p class="crumbs"><a href="/">様式の一覧</a> ＞ <a href="/batch">一括印刷</a></p>
            <h1>印刷できませんでした</h1>
            <p class="error-message" role="alert">\(message)</p>
            <p><a class="button" href="/batch">ほかのファイルで印刷する</a></p>
            """)
        case .finished(let summary):
            return PageShell.page(title: "一括印刷", body: """
            <p class="crumbs"><a href="/">様式の一覧</a> ＞ <a href="/batch">一括印刷</a></p>
            <h1>印刷が終わりました</h1>
            <p class="\(summary.failed == 0 ? "notice" : "summary-line")">\(summary.total) 件のうち \(summary.printed) 件を印刷しました。\(summary.failed > 0 ? "印刷できなかった記録が \(summary.failed) 件あります。" : "")</p>
            \(downloads(job))
            \(failures(summary, file: job.fileName))
            <p><a class="button" href="/batch">ほかのファイルで印刷する</a></p>
            """)
        }
    }

    private static func downloads(_ job: BatchJob) -> HTML {
        let items: [HTML] = BatchJob.Download.allCases.compactMap { download in
            guard job.waiting.contains(download) else { return nil }
            return "<li><a class=\"button\" href=\"/batch/\(job.id)/\(download.rawValue)\">\(download.title)</a></li>"
        }
        guard !items.isEmpty else {
            return "<p class=\"hint\">ダウンロードできるファイルはもうありません（各ファイルは1回だけダウンロードでき、その後は削除されます）。</p>"
        }
        return """
        <h2>ダウンロード</h2>
        <p class="hint">各ファイルは1回だけダウンロードでき、その後はこのコンピューターから削除されます。1時間たつと、ダウンロードしなかったものも削除されます。</p>
        <ul class="downloads">\(items)</ul>
        """
    }

    /// What the forms call the value at `path` (`利用者 1行目 MCS ID（users[0].mcsId）`), the batch being
    /// mostly notices; the path alone when no form has it.
    private static func label(of path: String) -> String {
        let parsed = FieldPath(parsing: path)
        for kind in [FormKind.approval, .withdrawal, .application, .consent] {
            if let (entry, row) = FormContract.of(kind).entry(at: parsed) {
                return "\(FieldNames.label(of: entry, row: row))（\(path)）"
            }
        }
        return path
    }

    /// The problems of the records not printed, each at its line of the file the user gave (`file`).
    private static func failures(_ summary: BatchSummary, file: String) -> HTML {
        guard !summary.failures.isEmpty else { return .empty }
        let rows: [HTML] = summary.failures.map { failure in
            "<tr><td>\(file):\(failure.line)</td><td>\(failure.index)</td><td>\(label(of: failure.path))</td><td>\(failure.message)</td></tr>"
        }
        return """
        <h2>印刷できなかった記録</h2>
        <div class="table-scroll"><table class="failures">
        <thead><tr><th scope="col">ファイル:行</th><th scope="col">番号</th><th scope="col">項目</th><th scope="col">内容</th></tr></thead>
        <tbody>\(rows)</tbody>
        </table></div>
        """
    }
}
