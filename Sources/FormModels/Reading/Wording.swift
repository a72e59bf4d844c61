import Core

/// Every message and hint shown to users about their input, in plain Japanese, worded in one place.
package enum Wording {
    // 形式
    package static let unreadableSyntax = "YAML または JSON として読めません"
    package static let emptyInput = "入力が空です"
    package static let notUTF8 = "UTF-8 の文字として読めません"
    package static func duplicateKeys(_ keys: [String]) -> String {
        "同じ項目が2回以上書かれています: \(keys.map(shownKey).joined(separator: ", "))"
    }
    package static func unreadableFile(_ file: String) -> String { "ファイルを読めません: \(file)" }

    package static let tabIndentation = "字下げにタブは使えません。半角の空白で字下げしてください"

    /// The hint of a syntax error: libyaml's `problem` in plain Japanese, or as libyaml words it when unknown.
    package static func syntaxHint(for problem: String) -> String {
        syntaxHints.first { problem.hasPrefix($0.problem) }?.hint ?? problem
    }

    /// libyaml's problem texts and what to tell the user instead.
    private static let syntaxHints: [(problem: String, hint: String)] = [
        ("did not find expected ',' or '}'", "「,」か「}」が足りません"),
        ("did not find expected ',' or ']'", "「,」か「]」が足りません"),
        ("did not find expected key", "字下げがそろっていません"),
        ("did not find expected '-' indicator", "リストの字下げがそろっていません"),
        ("did not find expected node content", "値がありません"),
        ("could not find expected ':'", "「:」が足りません"),
        ("mapping values are not allowed in this context", "この位置に「項目: 値」は書けません。字下げを直すか、値を引用符で囲んでください"),
        ("block sequence entries are not allowed in this context", "この位置に「- 」のリストは書けません。字下げを直してください"),
        ("found character that cannot start any token", "値の先頭に使えない文字があります。値を引用符で囲んでください"),
        ("found unexpected end of stream", "ファイルが途中で終わっています。引用符や括弧が閉じているか確かめてください"),
        ("found a tab character", tabIndentation),
        ("found undefined alias", "定義されていない別名（*名前）です"),
        ("found unknown escape character", "「\\」の後ろの文字が正しくありません"),
        ("control characters are not allowed", "制御文字は使えません"),
        ("but found another document", "1つのファイルに書ける様式は1つだけです"),
        ("invalid", "UTF-8 の文字として読めない部分があります"),
    ]

    // 項目
    package static let missing = "必須項目がありません"
    package static let unknownKey = "この項目は使えません"
    package static let keyNotText = "項目名は文字列で書いてください"
    package static func didYouMean(_ key: String) -> String { "\(key) ではありませんか" }
    package static func knownKeys(_ keys: [String]) -> String { "使える項目: \(keys.joined(separator: ", "))" }

    // 型
    package static let expectedText = "文字列で書いてください"
    package static let expectedMapping = "「項目: 値」の形で書いてください"
    package static let expectedList = "「- 」で始まるリストで書いてください"
    package static let expectedNonEmptyList = "1つ以上書いてください"
    package static func expectedBool(_ value: String) -> String { "\(value) は true か false で書いてください" }
    package static func expectedInteger(_ value: String) -> String { "\(value) は整数ではありません" }
    package static func notDate(_ value: String) -> String { "\(value) は日付（YYYY-MM-DD）の形ではありません" }
    package static func impossibleDate(_ value: String) -> String { "\(value) は存在しない日付です" }
    package static func dateBeforeEras(_ value: String) -> String { "\(value) は昭和より前の日付です" }
    package static func notChoice(_ value: String, _ choices: [String]) -> String {
        "\(value) は使えません。\(choices.joined(separator: "、")) のいずれかで書いてください"
    }

    // 別表
    package static func codeOutOfRange(_ value: String, table: CodeTable) -> String {
        "\(value) は\(table.label)の\(table.title)番号（1〜\(table.entries.count)）にありません"
    }
    package static func codeUnknownName(_ value: String, table: CodeTable) -> String {
        "\(value) は\(table.label)の\(table.title)にありません"
    }
    package static func codeSuggestion(_ entry: CodeTable.Entry) -> String { "\(entry.number) \(entry.name) ではありませんか" }
    package static func codeNumbering(_ expected: Int) -> String { "番号は 1 から順に書いてください（ここは \(expected)）" }
    package static func duplicateCodeName(_ name: String) -> String { "\(name) が2回書かれています" }

    // 条件つきの必須項目と日付の前後
    package static func requiredWhen(_ key: String, is value: String) -> String { "\(key) が \(value) のときは必須です" }
    package static func onlyWhen(_ key: String, is value: String) -> String { "\(key) が \(value) のときだけ書けます" }
    package static func noticeBeforeApplication(_ date: CalendarDate, _ applicationDate: CalendarDate) -> String {
        "通知日 \(date) が申込日 applicationDate \(applicationDate) より前です"
    }

    // 書き方
    package static func notEmail(_ value: String) -> String { "\(value) はメールアドレスの形ではありません" }
    package static func duplicateMcsId(_ value: String, first: FieldPath) -> String { "\(value) は \(first) と同じ MCS ID です" }
    package static func notKana(_ value: String) -> String { "\(value) はひらがなかカタカナで書いてください" }
    package static func notPostalCode(_ value: String) -> String { "\(value) は郵便番号（NNN-NNNN）の形ではありません" }
    package static let postalCodeExample = "989-6136 のように数字7桁をハイフンで区切って書いてください"
    package static func notPhone(_ value: String) -> String { "\(value) は電話番号（数字とハイフン、10〜11桁）の形ではありません" }

    // パスワード（運用ルール 2(1)③）: 値は決して表示しない
    package static let passwordNotASCII = "パスワードは半角の英字・数字・記号で書いてください"
    package static let passwordNotMixed = "パスワードには英字と数字を混ぜてください"
    package static let passwordTooShort = "パスワードは8文字以上にしてください"
    package static let passwordIsIdOrName = "パスワードに MCS ID や氏名を使わないでください"
    package static let passwordHasRun = "パスワードに4文字以上の連続（1234, abcd）や同じ文字の繰り返し（aaaa）を入れないでください"
    package static let passwordRule = "運用ルール 2(1)③ による"

    /// A key as it may appear in a message: after a colon may come a value run into its key for want of a
    /// space (`password:"…"`), which may be a password, so it is never shown.
    package static func shownKey(_ key: String) -> String {
        guard let colon = key.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return key }
        return key[...colon] + Secret.mask
    }
    package static let spaceAfterColon = "「:」の後ろに半角の空白を入れてください"

    /// A value as it may appear in a message: a password is never shown.
    package static func shown(_ value: String, at path: FieldPath) -> String {
        path.components.last == .key("password") ? Secret.mask : value
    }
}
