import FormModels

/// `/`: the four forms, each to fill in or to print blank for handwriting.
enum HomePage {
    static func html() -> HTML {
        let cards: [HTML] = FormKind.allCases.map(card)
        return PageShell.page(title: "様式の一覧", body: """
        <h1>様式の一覧</h1>
        <p class="lead">入力して印刷する様式を選んでください。手書き用の空欄の様式もここから印刷できます。</p>
        <ul class="forms">
        \(cards)
        </ul>
        <h2>一括印刷</h2>
        <p>承認連絡書などを CSV・JSON Lines・YAML のファイルからまとめて印刷します（初期パスワードの生成もできます）。</p>
        <p><a class="button primary" href="/batch">一括印刷へ</a></p>
        """)
    }

    private static func card(_ kind: FormKind) -> HTML {
        let contract = FormContract.of(kind)
        return """
        <li class="form-card">
        <h2>\(contract.title)</h2>
        <p>\(summary(kind))</p>
        <p class="card-actions"><a class="button primary" href="/forms/\(kind.rawValue)">入力する</a>
        <a class="button" href="/blank/\(kind.rawValue).pdf">空欄の様式（PDF）</a></p>
        </li>
        """
    }

    /// What the form is for, in a line.
    private static func summary(_ kind: FormKind) -> String {
        switch kind {
        case .application: "事業所が MCS の利用を申し込むときの申込書と誓約同意書です。"
        case .approval: "申込みに対して、利用の承認（初期パスワード付き）または不承認を事業所に知らせます。"
        case .withdrawal: "事業所が利用をやめるとき、または利用者を削除するときの届です。"
        case .consent: "患者様の個人情報の使用に同意をいただく書面です（患者様用と事業所保管用の2枚）。"
        }
    }
}
