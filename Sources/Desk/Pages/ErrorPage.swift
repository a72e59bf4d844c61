/// The page of a request the desk could not answer: what happened, in Japanese, and the way back.
enum ErrorPage {
    static func html(status: Int, message: String) -> HTML {
        PageShell.page(title: "お知らせ", body: """
        <h1>お知らせ</h1>
        <p class="error-message" role="alert">\(message)</p>
        <p class="error-code">（HTTP \(status)）</p>
        <p><a class="button" href="/">様式の一覧へ戻る</a></p>
        """)
    }
}
