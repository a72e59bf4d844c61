/// `/signin`: the name and password of an account of the desk.
enum SignInPage {
    static func html(problem: String? = nil, name: String = "") -> HTML {
        PageShell.page(title: "サインイン", body: """
        <h1>サインイン</h1>
        <p class="lead">この窓口は個人情報と初期パスワードを扱うため、事務局の利用者名とパスワードでサインインしてください。</p>
        \(problem.map { (text: String) -> HTML in "<p class=\"error-message\" role=\"alert\" id=\"signin-problem\">\(text)</p>" } ?? .empty)
        <form class="entry signin" method="post" action="/signin">
        <div class="field">
        <label for="signin-name">利用者名</label>
        <input type="text" id="signin-name" name="name" autocomplete="username" value="\(name)" required>
        </div>
        <div class="field">
        <label for="signin-password">パスワード</label>
        <input type="password" id="signin-password" name="password" autocomplete="current-password" required>
        </div>
        <div class="actions"><button type="submit" class="primary">サインイン</button></div>
        </form>
        """)
    }
}
