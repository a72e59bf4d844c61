import Core
import Testing

/// The one table of wordings: every problem's message and hint as the user reads them.
@Suite struct ProblemWordingTests {
    static let table: [(Problem, String, String?)] = [
        (.unreadableSyntax(detail: "did not find expected key"), "YAML または JSON として読めません", "字下げがそろっていません"),
        (.unreadableSyntax(detail: "something new"), "YAML または JSON として読めません", "something new"),
        (.unreadableSyntax(detail: nil), "YAML または JSON として読めません", nil),
        (.emptyInput, "入力が空です", nil),
        (.notUTF8, "UTF-8 の文字として読めません", nil),
        (.duplicateKeys(["form", "date"]), "同じ項目が2回以上書かれています: form, date", nil),
        (.unreadableFile("a.yaml"), "ファイルを読めません: a.yaml", nil),
        (.fileTooLarge(bytes: 5 << 20, limit: 4 << 20), "ファイルが大きすぎます（5120 KB）。4 MB までにしてください", nil),
        (.tooLong(count: 1001, limit: 1000), "長すぎます（1001 文字）。どの欄にも収まらないため、1000 文字までにしてください", nil),
        (.tooManyItems(count: 1001, limit: 1000), "1001 件は多すぎます。1000 件までにしてください", nil),
        (.alias, "別名（&名前 と *名前）は使えません", "値をそれぞれの場所にそのまま書いてください"),
        (.missing, "必須項目がありません", nil),
        (.unknownKey(.didYouMean("office")), "この項目は使えません", "office ではありませんか"),
        (.unknownKey(.known(["name", "sex"])), "この項目は使えません", "使える項目: name, sex"),
        (.unknownKey(.runIn(colon: true)), "この項目は使えません", "「:」の後ろに半角の空白を入れてください"),
        (.unknownKey(.runIn(colon: false)), "この項目は使えません", "項目名と値は「項目: 値」の形で、「:」の後ろに半角の空白を入れて書いてください"),
        (.keyNotText, "項目名は文字列で書いてください", nil),
        (.expectedText, "文字列で書いてください", nil),
        (.expectedMapping, "「項目: 値」の形で書いてください", nil),
        (.expectedList, "「- 」で始まるリストで書いてください", nil),
        (.expectedNonEmptyList, "1つ以上書いてください", nil),
        (.expectedBool("yes"), "yes は true か false で書いてください", nil),
        (.expectedInteger("1.5"), "1.5 は整数ではありません", nil),
        (.notDate("2026/11/24"), "2026/11/24 は日付（YYYY-MM-DD）の形ではありません", nil),
        (.impossibleDate("2026-02-30"), "2026-02-30 は存在しない日付です", nil),
        (.dateBeforeEras("1920-01-01"), "1920-01-01 は昭和より前の日付です", nil),
        (.notChoice("M", choices: ["男", "女"]), "M は使えません。男、女 のいずれかで書いてください", nil),
        (.codeOutOfRange("45", table: "別表2の職種", count: 44), "45 は別表2の職種番号（1〜44）にありません", nil),
        (.codeUnknownName("看護士", table: "別表2の職種", suggestion: "5 看護師"), "看護士 は別表2の職種にありません", "5 看護師 ではありませんか"),
        (.codeNumbering(expected: 3), "番号は 1 から順に書いてください（ここは 3）", nil),
        (.duplicateCodeName("医師"), "医師 が2回書かれています", nil),
        (.requiredWhen(key: "decision", value: "approved"), "decision が approved のときは必須です", nil),
        (.onlyWhen(key: "decision", values: "rejected"), "decision が rejected のときだけ書けます", nil),
        (.dateBefore(label: "通知日", date: "2026-11-20", earlierLabel: "申込日", earlierKey: "applicationDate", earlier: "2026-11-24"),
         "通知日 2026-11-20 が申込日 applicationDate 2026-11-24 より前です", nil),
        (.notEmail("a.b"), "a.b はメールアドレスの形ではありません", nil),
        (.duplicateMcsId("a@b.jp", first: "users[0]"), "a@b.jp は users[0] と同じ MCS ID です", nil),
        (.notKana("大崎"), "大崎 はひらがなかカタカナで書いてください", nil),
        (.notPostalCode("9896136"), "9896136 は郵便番号（NNN-NNNN）の形ではありません", "989-6136 のように数字7桁をハイフンで区切って書いてください"),
        (.notPhone("内線25"), "内線25 は電話番号（数字とハイフン、10〜11桁）の形ではありません", nil),
        (.password(.notASCII), "パスワードは半角の英字・数字・記号で書いてください", "運用ルール 2(1)③ による"),
        (.password(.notMixed), "パスワードには英字と数字を混ぜてください", "運用ルール 2(1)③ による"),
        (.password(.tooShort), "パスワードは8文字以上にしてください", "運用ルール 2(1)③ による"),
        (.password(.isIdOrName), "パスワードに MCS ID や氏名を使わないでください", "運用ルール 2(1)③ による"),
        (.password(.hasRun), "パスワードに4文字以上の連続（1234, abcd）や同じ文字の繰り返し（aaaa）を入れないでください", "運用ルール 2(1)③ による"),
        (.unknownColumn("colour", suggestion: nil, known: ["office", "name"]), "列 colour は使えません", "使える項目: office, name"),
        (.unknownColumn("ofice", suggestion: "office", known: ["office"]), "列 ofice は使えません", "office ではありませんか"),
        (.repeatedColumn("office"), "列 office が2回あります", nil),
        (.missingColumn("mcsId"), "列 mcsId がありません", nil),
        (.csvUnclosedQuote, "「\"」で始まる値が閉じていません。ここから後ろは読めません", Self.quoteHint),
        (.csvCellCount(11, header: 10), "この行の欄は 11 個で、見出しの 10 個と合いません。この行は読めません", Self.quoteHint),
        (.csvLineBreak("name"), "name の値に改行があります", Self.quoteHint),
        (.csvBlankNoticeColumn("office", columns: ["date", "office"]), "office を書いてください（空欄や「同上」は使えません）",
         "1行に利用者1人です。date, office は行ごとにすべて書いてください"),
        (.csvNoticeDisagrees("date", firstLine: 2), "同じ通知の行で date が 2 行目と違います", nil),
        (.unknownFamily("mintyo"), "字体 'mintyo' は Fonts/fonts.yaml にありません", nil),
        (.missingGlyph(character: "𠮷", codes: "U+20BB7", text: "𠮷田"), "「𠮷」(U+20BB7) を印字できる字体がありません", "「𠮷田」の中"),
        (.doesNotFit(width: "40", height: "7", minSize: "6.5", needed: "52.5"), "欄に収まりません",
         "幅 40mm・高さ 7mm の欄に、最小 6.5pt でも 52.5mm 必要です"),
        (.wrongShape(expected: .number, found: .text), "数値で書いてください（文字列になっています）", nil),
        (.unknownElementKind("txet", kinds: ["text", "field"]), "要素の種類 'txet' はありません（text, field のいずれか）", nil),
        (.unknownField("office.nmae"), "値 'office.nmae' はありません", nil),
        (.unknownList("user"), "一覧 'user' はありません", nil),
        (.unknownRowKey(list: "users", key: "mcsID"), "一覧 'users' の行に 'mcsID' はありません", nil),
        (.unknownPlaceholder("office.nmae"), "差し込み '{office.nmae}' の値はありません", nil),
        (.unknownCondition("aproved"), "条件 'aproved' はありません", nil),
        (.duplicateId("keeper"), "id 'keeper' が2回あります", nil),
        (.minScaleOutOfRange("0.3"), "minScale 0.3 は 0.5〜1 にしてください", nil),
        (.offPage(width: "210.0", height: "297.0"), "210.0×297.0 mm のページからはみ出しています", nil),
        (.failure("書き込めません"), "書き込めません", nil),
    ]

    static let quoteHint = "値に「,」や改行を含むときは値全体を「\"」で囲み、値の中の「\"」は「\"\"」と重ねて書いてください"

    @Test func everyProblemIsWorded() {
        for (problem, message, hint) in Self.table {
            #expect(ProblemWording.message(problem) == message, "\(problem)")
            #expect(ProblemWording.hint(problem) == hint, "\(problem)")
        }
    }

    @Test func redactionReachesEveryQuotedText() {
        let problem = Problem.notChoice("Rk7mPq2vXa9t", choices: ["男", "女"])
        #expect(problem.mapTexts { _ in "****" } == .notChoice("****", choices: ["男", "女"]))
    }
}
