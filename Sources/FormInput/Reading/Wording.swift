import FormModels
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
        ("found invalid Unicode character escape code", "「\\u」の文字コードが正しくありません（対になっていないサロゲート \\ud800〜\\udfff は使えません）"),
        ("control characters are not allowed", "制御文字は使えません"),
        ("but found another document", "1つのファイルに書ける様式は1つだけです"),
        ("invalid", "UTF-8 の文字として読めない部分があります"),
        ("Maximum nesting level reached", nestingTooDeep),
    ]

    // 大きさ
    package static func tooLong(_ count: Int, limit: Int) -> String {
        "長すぎます（\(count) 文字）。どの欄にも収まらないため、\(limit) 文字までにしてください"
    }
    package static func tooManyItems(_ count: Int, limit: Int) -> String { "\(count) 件は多すぎます。\(limit) 件までにしてください" }
    package static func fileTooLarge(_ bytes: Int, limit: Int) -> String {
        "ファイルが大きすぎます（\(bytes / 1024) KB）。\(limit >> 20) MB までにしてください"
    }
    package static let aliasNotAllowed = "別名（&名前 と *名前）は使えません"
    package static let aliasHint = "値をそれぞれの場所にそのまま書いてください"
    package static let nestingTooDeep = "入れ子が深すぎます"

    // CSV
    package static func unknownColumn(_ name: String) -> String { "列 \(name) は使えません" }
    package static func repeatedColumn(_ name: String) -> String { "列 \(name) が2回あります" }
    package static func missingColumn(_ name: String) -> String { "列 \(name) がありません" }
    package static let csvUnclosedQuote = "「\"」で始まる値が閉じていません。ここから後ろは読めません"
    package static let csvQuoteHint = "値に「,」や改行を含むときは値全体を「\"」で囲み、値の中の「\"」は「\"\"」と重ねて書いてください"
    package static func csvCellCount(_ count: Int, header: Int) -> String {
        "この行の欄は \(count) 個で、見出しの \(header) 個と合いません。この行は読めません"
    }
    package static func csvLineBreak(_ column: String) -> String { "\(column) の値に改行があります" }
    package static func csvBlankNoticeColumn(_ column: String) -> String { "\(column) を書いてください（空欄や「同上」は使えません）" }
    package static let csvEveryRowHint = "1行に利用者1人です。date, office, representative, applicationDate, decision は行ごとにすべて書いてください"
    package static func csvNoticeDisagrees(_ column: String, firstLine: Int) -> String {
        "同じ通知の行で \(column) が \(firstLine) 行目と違います"
    }

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
    package static func dateBefore(_ label: String, _ date: CalendarDate, _ earlierLabel: String, _ earlierKey: String,
                                   _ earlier: CalendarDate) -> String {
        "\(label) \(date) が\(earlierLabel) \(earlierKey) \(earlier) より前です"
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

    /// A key as it may appear in a message. A key may carry a value run into it for want of `: `
    /// (`password:"…"`, `password Wd4n…`, `password=Wd4n…`), which may be a password: after a colon, after
    /// a password key's name, or when a word of it could be a password, the rest of the key is never
    /// shown; nor is a key that could itself be a password.
    package static func shownKey(_ key: String) -> String {
        guard let separator = key.firstIndex(where: InputSecrets.isSeparator) else {
            return couldBePassword(key) ? Secret.mask : key
        }
        let name = String(key[..<separator]), mark = key[separator]
        let rest = key[key.index(after: separator)...].split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard mark == ":" || mark == "：" || InputSecrets.isPasswordKey(name) || rest.contains(where: couldBePassword)
        else { return key }
        return name + (mark.isWhitespace ? " " : String(mark)) + Secret.mask
    }
    /// The hint for a key run into its value: a colon without a space, or no colon at all.
    package static func runInKeyHint(_ key: String) -> String {
        key.contains(where: { $0 == ":" || $0 == "：" }) ? spaceAfterColon : keyValueShape
    }
    package static let keyValueShape = "項目名と値は「項目: 値」の形で、「:」の後ろに半角の空白を入れて書いてください"
    package static let spaceAfterColon = "「:」の後ろに半角の空白を入れてください"

    /// A value as it may appear in a message: never a password, and never a value that could be one,
    /// since a password typed into another field (an MCS ID, a shifted CSV column) is still a password.
    package static func shown(_ value: String, at path: FieldPath) -> String {
        if case .key(let key)? = path.components.last, InputSecrets.isPasswordKey(key) { return Secret.mask }
        return couldBePassword(value) ? Secret.mask : value
    }

    /// Whether `value` has the shape of a password: 8 or more printable ASCII characters without spaces,
    /// letters and digits mixed, and not an e-mail address (an `@` with a dotted domain after it).
    /// Dates, numbers, codes, names and kana never have it, so their messages still quote them.
    static func couldBePassword(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        guard scalars.count >= 8, scalars.allSatisfy({ (0x21...0x7E).contains($0.value) }),
              scalars.contains(where: { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }),
              scalars.contains(where: { ("0"..."9").contains($0) }) else { return false }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        return !(parts.count == 2 && !parts[0].isEmpty && parts[1].contains("."))
    }
}
