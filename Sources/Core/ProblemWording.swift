/// The Japanese words of every `Problem`: one message and, where one helps, one hint.
///
/// This is the only place a problem is put into words; change a wording here and every command, the
/// manifest and the desk say it the same way.
public enum ProblemWording {
    /// The problem's message, one plain sentence.
    public static func message(_ problem: Problem) -> String {
        switch problem {
        case .unreadableSyntax: "YAML または JSON として読めません"
        case .emptyInput: "入力が空です"
        case .notUTF8: "UTF-8 の文字として読めません"
        case .duplicateKeys(let keys): "同じ項目が2回以上書かれています: \(keys.joined(separator: ", "))"
        case .unreadableFile(let file): "ファイルを読めません: \(file)"
        case .fileTooLarge(let bytes, let limit): "ファイルが大きすぎます（\(bytes / 1024) KB）。\(limit >> 20) MB までにしてください"
        case .tooLong(let count, let limit): "長すぎます（\(count) 文字）。どの欄にも収まらないため、\(limit) 文字までにしてください"
        case .tooManyItems(let count, let limit): "\(count) 件は多すぎます。\(limit) 件までにしてください"
        case .alias: "別名（&名前 と *名前）は使えません"
        case .missing: "必須項目がありません"
        case .unknownKey: "この項目は使えません"
        case .keyNotText: "項目名は文字列で書いてください"
        case .expectedText: "文字列で書いてください"
        case .expectedMapping: "「項目: 値」の形で書いてください"
        case .expectedList: "「- 」で始まるリストで書いてください"
        case .expectedNonEmptyList: "1つ以上書いてください"
        case .expectedBool(let value): "\(value) は true か false で書いてください"
        case .expectedInteger(let value): "\(value) は整数ではありません"
        case .notDate(let value): "\(value) は日付（YYYY-MM-DD）の形ではありません"
        case .impossibleDate(let value): "\(value) は存在しない日付です"
        case .dateBeforeEras(let value): "\(value) は昭和より前の日付です"
        case .notChoice(let value, let choices): "\(value) は使えません。\(choices.joined(separator: "、")) のいずれかで書いてください"
        case .codeOutOfRange(let value, let table, let count): "\(value) は\(table)番号（1〜\(count)）にありません"
        case .codeUnknownName(let value, let table, _): "\(value) は\(table)にありません"
        case .codeNumbering(let expected): "番号は 1 から順に書いてください（ここは \(expected)）"
        case .duplicateCodeName(let name): "\(name) が2回書かれています"
        case .requiredWhen(let key, let value, let label, let choice): "\(label)が「\(choice)」のときは必須です（\(key): \(value)）"
        case .onlyWhen(let key, let values, let label, let choices): "\(label)が「\(choices)」のときだけ書けます（\(key): \(values)）"
        case .dateBefore(let label, let date, let earlierLabel, let earlierKey, let earlier):
            "\(label) \(date) が\(earlierLabel) \(earlierKey) \(earlier) より前です"
        case .notEmail(let value): "\(value) はメールアドレスの形ではありません"
        case .duplicateMcsId(let value, let first): "\(value) は \(first) と同じ MCS ID です"
        case .notKana(let value): "\(value) はひらがなかカタカナで書いてください"
        case .notPostalCode(let value): "\(value) は郵便番号（NNN-NNNN）の形ではありません"
        case .notPhone(let value): "\(value) は電話番号（数字とハイフン、10〜11桁）の形ではありません"
        case .password(let rule): password(rule)
        case .unknownColumn(let name, _, _): "列 \(name) は使えません"
        case .repeatedColumn(let name): "列 \(name) が2回あります"
        case .missingColumn(let name): "列 \(name) がありません"
        case .csvUnclosedQuote: "「\"」で始まる値が閉じていません。ここから後ろは読めません"
        case .csvCellCount(let count, let header): "この行の欄は \(count) 個で、見出しの \(header) 個と合いません。この行は読めません"
        case .csvLineBreak(let column): "\(column) の値に改行があります"
        case .csvBlankNoticeColumn(let column, _): "\(column) を書いてください（空欄や「同上」は使えません）"
        case .csvNoticeDisagrees(let column, let firstLine): "同じ通知の行で \(column) が \(firstLine) 行目と違います"
        case .csvUndecodable: "この行に UTF-8 でも Shift_JIS でもない文字があります。このファイルは読めません"
        case .largerThanFrame(let frame, let width, let height, let frameWidth, let frameHeight):
            "\(width)×\(height)mm の欄が、枠 \(frame)（\(frameWidth)×\(frameHeight)mm）に収まりません"
        case .unknownFamily(let name): "字体 '\(name)' は Fonts/fonts.yaml にありません"
        case .missingGlyph(let character, let codes, _): "「\(character)」(\(codes)) を印字できる字体がありません"
        case .doesNotFit: "欄に収まりません"
        case .wrongShape(let expected, let found): "\(name(of: expected))で書いてください（\(name(of: found))になっています）"
        case .unknownElementKind(let kind, let kinds): "要素の種類 '\(kind)' はありません（\(kinds.joined(separator: ", ")) のいずれか）"
        case .unknownField(let path): "値 '\(path)' はありません"
        case .unknownList(let name): "一覧 '\(name)' はありません"
        case .unknownFrame(let name): "枠 '\(name)' はありません"
        case .unknownRowKey(let list, let key): "一覧 '\(list)' の行に '\(key)' はありません"
        case .unknownPlaceholder(let path): "差し込み '{\(path)}' の値はありません"
        case .unknownCondition(let name): "条件 '\(name)' はありません"
        case .includeNotInFolder(let name): "取り込むページのファイル '\(name)' は、様式と同じフォルダにある .yaml ファイルの名前で書いてください"
        case .duplicateId(let id): "id '\(id)' が2回あります"
        case .minScaleOutOfRange(let scale): "minScale \(scale) は 0.5〜1 にしてください"
        case .offPage(let width, let height): "\(width)×\(height) mm のページからはみ出しています"
        case .cannotWrite(let file, let step, let reason): "\(shown(file)) に\(name(of: step))（\(reason)）"
        case .fontFileUnopenable(let file, let face): "字体ファイルを開けません: \(shown(file))" + (face.map { "（\($0)）" } ?? "")
        case .fontFileUnreadable(let file, let face): "字体ファイルを読めません: \(shown(file))" + (face.map { "（\($0)）" } ?? "")
        case .fontWithoutLineMetrics(let file, let face): "字体ファイルに行の高さ（ascender・descender）がありません: \(shown(file))（\(face)）"
        case .unlistedFace(let family, let face): "字体 '\(family)' の '\(face)' が faces にありません"
        case .unknownTypeface(let name, let known): "書体 '\(name)' はありません（\(known.joined(separator: ", ")) のいずれか）"
        case .fontUnusableByCairo(let file): "cairo が字体を使えません: \(shown(file))"
        case .unknownFaceFile(let face): "字体 '\(face)' のファイルがわかりません"
        case .freeTypeUnavailable: "FreeType を初期化できません"
        case .pdfNotCreated: "PDF を作れません"
        case .noSuchPage(let number): "\(number) ページ目はありません"
        case .drawingFailed(let status): "描画に失敗しました: \(status)"
        case .compressionFailed(let detail): "PDF のストリームを圧縮できません（\(detail)）"
        case .cairoPDFUnreadable(let part): "cairo の PDF が読めません: \(name(of: part))"
        case .cairoPDFTooOld: "cairo の PDF が 1.5 より古い版です（オブジェクトストリームを使えません）"
        case .folderUncreatable(let path): "フォルダを作れません: \(shown(path))"
        case .fontSubsetFailed(let path): "字体の部分集合を作れません: \(shown(path))"
        case .folderInUse(let path): "\(shown(path)) では別の batch が動いています。終わるのを待つか、別の --out-dir を指定してください"
        case .mergeTargetTaken(let path):
            "--merge の \(shown(path)) は入力・manifest.json・passwords.csv・各記録の PDF と同じファイルです。別の名前にしてください"
        case .passwordBook(let line, let problem): "passwords.csv の \(line) 行目: " + passwordBook(problem)
        case .dataNotFound(let looked, let homeUnset):
            "mcs-forms のデータ（Templates/ と Fonts/fonts.yaml）が見つかりません。探した場所: "
                + (looked.map(shown) + (homeUnset ? ["MCS_FORMS_HOME（未設定）"] : [])).joined(separator: "、")
                + "。データのあるフォルダを MCS_FORMS_HOME に指定してください"
        case .unknownCommand(let name, let suggestion): "\(shown(name)) というコマンドはありません" + didYouMean(suggestion)
        case .unknownOption(let name, let suggestion): "\(shown(name)) という指定はありません" + didYouMean(suggestion)
        case .missingOptionValue(let option): "\(option) の後ろに値を書いてください"
        case .flagWithValue(let option): "\(option) は値をとりません（\(option) とだけ書いてください）"
        case .repeatedOption(let option): "\(option) が2回以上指定されています。1回にしてください"
        case .badOptionValue(let option, let value, let expected): "\(option) の値 \(shown(value)) は使えません（\(name(of: expected))）"
        case .missingArgument(let name): "<\(name)> を指定してください"
        case .extraArgument(let value): "余分な引数があります: \(shown(value))"
        case .inputOrBlank: "入力ファイル、--blank FORM、--sample FORM のどれか1つを指定してください"
        case .blankNeedsOutput: "--blank と --sample には -o OUT.pdf が必要です"
        case .noOutputFolder: "--out-dir に出力先のフォルダを指定してください"
        case .emptyMergeFile: "--merge には印刷用にまとめる PDF のファイル名を指定してください"
        case .duplexNeedsMerge: "--duplex は --merge FILE.pdf と一緒に指定してください"
        case .tooFewJobs: "--jobs は 1 以上にしてください"
        case .missingOutput: "書き出すファイルを -o FILE で指定してください"
        case .passwordsForRejection: "--generate-passwords は --reject と一緒に使えません（不承認の連絡書にパスワードは載りません）"
        case .decisionMatchesNothing(let name): "「\(name)」に当たる申込書が入力にありません"
        case .decisionMatchesSeveral(let name, let count): "事業所名「\(name)」の申込書が \(count) 件あります"
        case .decidedTwice(let firstLine): "この申込書には \(firstLine) 行目でも決定が書かれています"
        case .decisionNamesNoApplication: "申込書のファイル（application）か事業所名（office）を書いてください"
        case .derivedApprovalNeedsPasswords(let count): "承認する申込書が \(count) 件ありますが、--generate-passwords がありません"
        case .neededForCoverLetter: "送付状（--cover-letter）の宛先に必要です"
        case .envelopeWindowNeverShows: "三つ折りの用紙が封筒の中でずれると、窓から宛名が見えなくなります"
        case .needsDerive(let option): "\(option) は --derive approval と一緒に使います"
        case .notAnApplication(let form): "申込書（form: application）の入力ではありません（form: \(form)）"
        case .hostNeedsSignIn(let host):
            "\(TerminalText.escaped(host)) で待ち受けると、ほかのコンピューターからも開けます。個人情報とパスワードを守るため、--accounts（サインイン）と --tls-cert・--tls-key（HTTPS）を指定するか、このコンピューターだけ（127.0.0.1）で起動してください"
        case .tlsNeedsCertificateAndKey: "--tls-cert と --tls-key は両方指定してください"
        case .addUserNeedsAccounts: "--add-user は --accounts FILE と一緒に指定してください"
        case .deskProgramMissing(let path): "窓口のプログラムがありません: \(TerminalText.escaped(path))（mcs-forms と同じフォルダに入れてください）"
        case .deskBusy: "ただいま印刷が混み合っています。少し待ってから、もう一度お試しください"
        case .printTimedOut: "印刷に時間がかかりすぎたため中止しました。もう一度お試しください"
        case .requestTooLarge(let limit): "送られたデータが大きすぎます（\(limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit >> 10) KB") まで）"
        case .pageNotFound: "このページはありません"
        case .signInNeeded: "サインインしてください"
        case .signInFailed: "利用者名かパスワードが違います"
        case .signInLockedOut(let minutes): "サインインの失敗が続いたため、\(minutes) 分ほど待ってからもう一度お試しください"
        case .accountsOpenToOthers(let path): "\(TerminalText.escaped(path)) は所有者以外も読めます。chmod 600 で所有者だけが読めるようにしてください"
        case .accountsBadLine(let path, let line): "\(TerminalText.escaped(path)) の \(line) 行目は「利用者名:ハッシュ」の形ではありません"
        case .accountNameInvalid(let name): "利用者名 \(TerminalText.escaped(name)) には、半角の英字・数字と . _ - だけを使ってください（64 文字まで）"
        case .accountPasswordTooShort(let minimum): "パスワードは \(minimum) 文字以上にしてください"
        case .accountPasswordsDiffer: "2回入力したパスワードが違います"
        case .deskInternalError: "窓口の内部で問題が起きたため、処理できませんでした。もう一度お試しください"
        case .crossOrigin: "ほかのサイトのページから送られた操作は受け付けません"
        case .badRequest(let detail): "送られたデータを読めません（\(badRequest(detail))）"
        case .unsupportedContentType(let type):
            "YAML か JSON で送ってください（Content-Type: \(TerminalText.escaped(type)) は読めません）"
        case .failure(let text): text
        }
    }

    /// A path or a word typed on the command line, with what a terminal would act on escaped.
    private static func shown(_ text: String) -> String { TerminalText.escaped(text) }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "（\($0) ではありませんか）" } ?? ""
    }

    private static func name(of expected: Problem.ExpectedValue) -> String {
        switch expected {
        case .integer: "整数"
        case .number: "数値"
        case .range(let lowest, let highest): "\(lowest)〜\(highest) の数値"
        case .oneOf(let words): words.joined(separator: "・")
        }
    }

    private static func name(of step: Problem.WriteStep) -> String {
        switch step {
        case .temporary: "一時ファイルを作れません"
        case .write: "書き込めません"
        case .replace: "置き換えられません"
        }
    }

    private static func name(of part: Problem.PDFPart) -> String {
        switch part {
        case .crossReferenceMissing: "相互参照表がありません"
        case .crossReferenceCut: "相互参照表が途中で切れています"
        case .crossReferenceEntry: "相互参照表の項目が読めません"
        case .trailerMissing: "トレーラーがありません"
        case .trailer: "トレーラーが読めません"
        case .trailerSize: "トレーラーの /Size が読めません"
        case .noObjects: "オブジェクトがありません"
        case .objectOutsideSize: "/Size の外のオブジェクトがあります"
        case .catalog: "カタログ（/Root）の辞書が読めません"
        case .object(let number): "オブジェクト \(number) が読めません"
        }
    }

    private static func passwordBook(_ problem: Problem.PasswordBookProblem) -> String {
        switch problem {
        case .unreadable: "UTF-8 の CSV として読めません"
        case .header: "見出しは mcsId,password の2列にしてください"
        case .malformedRow: "MCS ID（メールアドレス）とパスワードの2欄になっていません。この batch が書いたものか確かめてください"
        case .duplicateMcsId: "同じ MCS ID が2回あります。どちらのパスワードが正しいか決められないため、続けられません"
        }
    }

    private static func name(of shape: Problem.Shape) -> String {
        switch shape {
        case .scalar: "値"
        case .mapping: "「項目: 値」の形"
        case .sequence: "「- 」のリスト"
        case .number: "数値"
        case .flag: "true か false"
        case .text: "文字列"
        }
    }

    /// How to put the problem right, when there is more to say than the message.
    private static func badRequest(_ detail: Problem.BadRequest) -> String {
        switch detail {
        case .formEncoding: "フォームの値の符号化が正しくありません"
        case .notUTF8: "UTF-8 の文字ではありません"
        case .rowAction: "行の追加・削除の指定が正しくありません"
        case .typeface: "typeface= は ud か空欄にしてください"
        case .renderFormat: "format は pdf か png にしてください"
        case .pageNumber: "page は 1 以上の整数にしてください"
        case .upload: "ファイルを選んでから「読み込む」を押してください"
        case .noSuchPage(let number): message(.noSuchPage(number))
        case .status(let code): "HTTP \(code)"
        }
    }

    public static func hint(_ problem: Problem) -> String? {
        switch problem {
        case .unreadableSyntax(let detail): detail.map(syntaxHint)
        case .alias: "値をそれぞれの場所にそのまま書いてください"
        case .unknownKey(.didYouMean(let key)): "\(key) ではありませんか"
        case .unknownKey(.known(let keys)): "使える項目: \(keys.joined(separator: ", "))"
        case .unknownKey(.runIn(colon: true)): "「:」の後ろに半角の空白を入れてください"
        case .unknownKey(.runIn(colon: false)): "項目名と値は「項目: 値」の形で、「:」の後ろに半角の空白を入れて書いてください"
        case .codeUnknownName(_, _, let suggestion): suggestion.map { "\($0) ではありませんか" }
        case .notPostalCode: "989-6136 のように数字7桁をハイフンで区切って書いてください"
        case .password: "運用ルール 2(1)③ による"
        case .unknownColumn(_, let suggestion, let known): suggestion.map { "\($0) ではありませんか" } ?? "使える項目: \(known.joined(separator: ", "))"
        case .csvUnclosedQuote, .csvCellCount, .csvLineBreak: csvQuoteHint
        case .neededForCoverLetter: "申込書の事業所の郵便番号と住所を書いてください"
        case .envelopeWindowNeverShows: "封筒（width・height）と窓（window の left・top・width・height）の寸法を mm で確かめてください"
        case .decisionMatchesSeveral: "どの申込書か、ファイル名（application）で書いてください"
        case .decisionMatchesNothing: "入力に渡した申込書のファイル名か、申込書の事業所名を書いてください"
        case .derivedApprovalNeedsPasswords: "承認の連絡書には初期パスワードが要ります。--generate-passwords を付けてください"
        case .csvUndecodable: "Excel では「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」で保存してください"
        case .csvBlankNoticeColumn(_, let columns): "1行に利用者1人です。\(columns.joined(separator: ", ")) は行ごとにすべて書いてください"
        case .missingGlyph(_, _, let text): "「\(text)」の中"
        case .doesNotFit(let width, let height, let minSize, let needed):
            "幅 \(width)mm・高さ \(height)mm の欄に、最小 \(minSize)pt でも \(needed)mm 必要です"
        default: nil
        }
    }

    private static func password(_ rule: Problem.PasswordRule) -> String {
        switch rule {
        case .notASCII: "パスワードは半角の英字・数字・記号で書いてください"
        case .notMixed: "パスワードには英字と数字を混ぜてください"
        case .tooShort: "パスワードは8文字以上にしてください"
        case .isIdOrName: "パスワードに MCS ID や氏名を使わないでください"
        case .hasRun: "パスワードに4文字以上の連続（1234, abcd）や同じ文字の繰り返し（aaaa）を入れないでください"
        }
    }

    private static let csvQuoteHint = "値に「,」や改行を含むときは値全体を「\"」で囲み、値の中の「\"」は「\"\"」と重ねて書いてください"

    /// A syntax error's hint: libyaml's `detail` in plain Japanese, or as libyaml words it when unknown.
    public static func syntaxHint(_ detail: String) -> String {
        syntaxHints.first { detail.hasPrefix($0.problem) }?.hint ?? detail
    }

    /// The hint of a tab used for indentation, which libyaml reports in several ways.
    public static let tabIndentation = "字下げにタブは使えません。半角の空白で字下げしてください"

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
        (tabIndentation, tabIndentation),
        ("found undefined alias", "定義されていない別名（*名前）です"),
        ("found unknown escape character", "「\\」の後ろの文字が正しくありません"),
        ("found invalid Unicode character escape code", "「\\u」の文字コードが正しくありません（対になっていないサロゲート \\ud800〜\\udfff は使えません）"),
        ("control characters are not allowed", "制御文字は使えません"),
        ("but found another document", "1つのファイルに書ける様式は1つだけです"),
        ("invalid", "UTF-8 の文字として読めない部分があります"),
        ("Maximum nesting level reached", "入れ子が深すぎます"),
    ]
}
