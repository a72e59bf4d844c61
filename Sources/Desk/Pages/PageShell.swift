/// The frame of every page of the desk: the document in Japanese, the desk's own style sheet and script
/// (nothing from another host), the header with the way home, and the footer saying where data goes.
enum PageShell {
    /// `refresh`: seconds after which the page reloads itself (a batch's progress, without script).
    static func page(title: String, heading: HTML? = nil, refresh: Int? = nil, body: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        \(refresh.map { (seconds: Int) -> HTML in "<meta http-equiv=\"refresh\" content=\"\(seconds)\">" } ?? .empty)
        <title>\(title)｜様式の窓口</title>
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/assets/desk.css">
        <script src="/assets/desk.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">本文へ移動</a>
        <header class="site">
        <a class="brand" href="/"><span class="network">おおさき地区医介連ネットワーク</span><span class="desk">様式の窓口</span></a>
        \(SignIn.current.map { (name: String) -> HTML in "<form class=\"signout\" method=\"post\" action=\"/signout\"><span>\(name) さん</span> <button type=\"submit\" class=\"small\">サインアウト</button></form>" } ?? .empty)
        </header>
        <main id="main">
        \(heading ?? .empty)
        \(body)
        </main>
        <footer class="site">
        <p>大崎市在宅医療・介護連携支援センター　／　入力した内容は、この窓口には保存されません。</p>
        </footer>
        </body>
        </html>

        """
    }
}
