/// Every problem mcs-forms reports about an input, a data file or a page, with its parameters: the one
/// catalogue from which every message is worded (`ProblemWording`), as swift-argument-parser keeps its
/// `ParserError` apart from the words it prints.
///
/// A `Diagnostic` carries a problem; tests check the problem, and the wording of each once.
public enum Problem: Error, Sendable, Hashable {
    // 形式
    /// The text is not YAML or JSON; `detail` is libyaml's own description of the problem.
    case unreadableSyntax(detail: String?)
    case emptyInput
    case notUTF8
    case duplicateKeys([String])
    case unreadableFile(String)
    case fileTooLarge(bytes: Int, limit: Int)

    // 大きさ
    case tooLong(count: Int, limit: Int)
    case tooManyItems(count: Int, limit: Int)
    /// A YAML alias (`&name` … `*name`).
    case alias

    // 項目
    case missing
    case unknownKey(UnknownKeyHint)
    case keyNotText

    // 型
    case expectedText
    case expectedMapping
    case expectedList
    case expectedNonEmptyList
    case expectedBool(String)
    case expectedInteger(String)
    case notDate(String)
    case impossibleDate(String)
    case dateBeforeEras(String)
    case notChoice(String, choices: [String])

    // 別表
    /// A number outside the table (`table`: `別表2の職種`).
    case codeOutOfRange(String, table: String, count: Int)
    /// A name not in the table; `suggestion` is the entry meant (`5 看護師`).
    case codeUnknownName(String, table: String, suggestion: String?)
    case codeNumbering(expected: Int)
    case duplicateCodeName(String)

    // 条件つきの必須項目と日付の前後
    /// Required when the choice `key` is `value`; `label` and `choice` are what the form calls them.
    case requiredWhen(key: String, value: String, label: String, choice: String)
    /// Allowed only when the choice `key` is one of `values` (`choices` on the form).
    case onlyWhen(key: String, values: String, label: String, choices: String)
    /// `later` (`通知日`) is before `earlier` (`申込日`).
    case dateBefore(label: String, date: String, earlierLabel: String, earlierKey: String, earlier: String)

    // 書き方
    case notEmail(String)
    case duplicateMcsId(String, first: String)
    case notKana(String)
    case notPostalCode(String)
    case notPhone(String)

    // パスワード（運用ルール 2(1)③）: the password itself is never a parameter
    case password(PasswordRule)

    // CSV
    case unknownColumn(String, suggestion: String?, known: [String])
    case repeatedColumn(String)
    case missingColumn(String)
    case csvUnclosedQuote
    case csvCellCount(Int, header: Int)
    case csvLineBreak(String)
    case csvBlankNoticeColumn(String, columns: [String])
    case csvNoticeDisagrees(String, firstLine: Int)
    /// A line of a CSV whose bytes are neither UTF-8 nor Shift_JIS.
    case csvUndecodable

    // 配置
    case unknownFamily(String)
    /// A block of `width` × `height` mm placed in a page frame smaller than it.
    case largerThanFrame(frame: String, width: String, height: String, frameWidth: String, frameHeight: String)
    /// No face of the family has `character` (`codes`: `U+20BB7`), found in `text`.
    case missingGlyph(character: String, codes: String, text: String)
    /// The value needs `needed` mm in a box of `width` × `height` mm even at `minSize` pt.
    case doesNotFit(width: String, height: String, minSize: String, needed: String)

    // テンプレートと字体の一覧
    /// A value of the wrong shape in a data file.
    case wrongShape(expected: Shape, found: Shape)
    case unknownElementKind(String, kinds: [String])
    case unknownField(String)
    case unknownList(String)
    case unknownFrame(String)
    case unknownRowKey(list: String, key: String)
    case unknownPlaceholder(String)
    case unknownCondition(String)
    case duplicateId(String)
    /// A page `include` that is not the name of a `.yaml` file in the template's own folder.
    case includeNotInFolder(String)
    case minScaleOutOfRange(String)
    case offPage(width: String, height: String)

    /// A value the cover letter's address needs (`--cover-letter`), left out of the notice.
    case neededForCoverLetter
    /// The profile's envelope window, through which no part of the folded sheet always shows.
    case envelopeWindowNeverShows

    // 書き出し・字体・描画: the program's surroundings, not its input
    /// A file could not be written at `step`; `reason` is the system's (`strerror`).
    case cannotWrite(file: String, step: WriteStep, reason: String)
    case fontFileUnopenable(file: String, face: String?)
    case fontFileUnreadable(file: String, face: String?)
    /// A face without ascender and descender, so that no line can be placed in it.
    case fontWithoutLineMetrics(file: String, face: String)
    /// A family of the font list names a face the list does not have.
    case unlistedFace(family: String, face: String)
    /// `--typeface NAME` that `Fonts/fonts.yaml` does not list.
    case unknownTypeface(String, known: [String])
    case fontUnusableByCairo(file: String)
    /// A laid-out run names a face whose file the document does not know.
    case unknownFaceFile(String)
    case freeTypeUnavailable
    case pdfNotCreated
    case noSuchPage(Int)
    /// cairo's own status, in its words.
    case drawingFailed(String)
    case compressionFailed(detail: String)
    /// cairo wrote a PDF the compactor cannot follow.
    case cairoPDFUnreadable(PDFPart)
    case cairoPDFTooOld

    // batch
    case folderUncreatable(String)
    case fontSubsetFailed(String)
    case folderInUse(String)
    /// `--merge` names an input, the manifest, `passwords.csv` or a record's PDF.
    case mergeTargetTaken(String)
    /// A row of an earlier run's `passwords.csv` (`line`), which the run cannot go on without.
    case passwordBook(line: Int, PasswordBookProblem)

    // 申込書からの連絡書（batch --derive）
    /// A decision names an application (its file or office) that no input gives.
    case decisionMatchesNothing(String)
    /// A decision names an office that `count` applications give.
    case decisionMatchesSeveral(String, count: Int)
    /// An application that an earlier line (`firstLine`) of the decisions file decides already.
    case decidedTwice(firstLine: Int)
    /// A decision that names neither an application file nor an office.
    case decisionNamesNoApplication
    /// Applications to approve, but no `--generate-passwords`: an approval notice needs its passwords.
    case derivedApprovalNeedsPasswords(count: Int)

    // データの場所
    /// No place held the program's data; `looked` names each place looked, in order, and `homeUnset`
    /// says that `MCS_FORMS_HOME` was not set.
    case dataNotFound(looked: [String], homeUnset: Bool)

    // コマンドの指定
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingOptionValue(String)
    case flagWithValue(String)
    case repeatedOption(String)
    case badOptionValue(option: String, value: String, expected: ExpectedValue)
    case missingArgument(String)
    case extraArgument(String)
    /// `render` with none or more than one of an input file, `--blank` and `--sample`.
    case inputOrBlank
    case blankNeedsOutput
    case noOutputFolder
    case emptyMergeFile
    case duplexNeedsMerge
    case tooFewJobs
    /// A command that writes a file was given none (`derive` without `-o`).
    case missingOutput
    /// `derive --reject` with `--generate-passwords`: a rejection prints no password.
    case passwordsForRejection
    /// `batch --date` or `--decisions` without `--derive`.
    case needsDerive(option: String)
    /// `derive` was given an input of another form (its `form:`).
    case notAnApplication(String)
    /// `serve --host` with an address other than this computer's, which needs sign-in.
    case hostNeedsSignIn(String)
    /// `--tls-cert` without `--tls-key`, or the other way round.
    case tlsNeedsCertificateAndKey
    /// `--add-user` without `--accounts`.
    case addUserNeedsAccounts
    /// `mcs-forms-desk` (at this path) is not beside `mcs-forms`.
    case deskProgramMissing(String)

    // 窓口（mcs-forms serve）
    /// Every printer is busy and the queue is full.
    case deskBusy
    /// A print took longer than the desk allows.
    case printTimedOut
    /// A request's body was larger than `limit` bytes.
    case requestTooLarge(limit: Int)
    /// No page or file at this address.
    case pageNotFound
    /// A form was sent from a page of another site.
    case crossOrigin
    /// A request the desk cannot read.
    case badRequest(BadRequest)
    /// An API call of a desk with accounts, without a session.
    case signInNeeded
    /// A name and password that do not sign in.
    case signInFailed
    /// Too many failed sign-ins lately: wait this many minutes.
    case signInLockedOut(minutes: Int)
    /// The accounts file can be read by others than its owner.
    case accountsOpenToOthers(String)
    /// A line of the accounts file that is not `NAME:HASH`.
    case accountsBadLine(String, line: Int)
    /// `--add-user` with a name of other characters than letters, digits and `._-`.
    case accountNameInvalid(String)
    /// A new password shorter than the desk accepts, or two entries that differ.
    case accountPasswordTooShort(minimum: Int)
    case accountPasswordsDiffer
    /// The desk failed in a way it did not expect (its details are not shown: they could hold a value).
    case deskInternalError
    /// A body of a type other than YAML, JSON or a browser's form.
    case unsupportedContentType(String)

    /// Any other failure, in its own words (an error of a library, kept in the manifest).
    case failure(String)

    /// What is wrong with a request the desk cannot read.
    public enum BadRequest: Sendable, Hashable {
        /// A browser's form whose names or values are not percent-encoded UTF-8.
        case formEncoding
        /// A body that is not UTF-8.
        case notUTF8
        /// A row button naming no list or row of the form.
        case rowAction
        /// `format=` other than `pdf` and `png`.
        case renderFormat
        /// `typeface=` other than one the desk offers.
        case typeface
        /// `page=` that is not a whole number from 1.
        case pageNumber
        /// An upload that is not a form with one file.
        case upload
        /// A page the printed form does not have.
        case noSuchPage(Int)
        /// Any other refusal of the HTTP layer, by its status code.
        case status(Int)
    }

    /// What a command-line value must be.
    public enum ExpectedValue: Sendable, Hashable {
        case integer, number
        /// A number from `from` to `to`.
        case range(from: Int, to: Int)
        /// One of these words.
        case oneOf([String])
    }

    /// The step of writing a file that failed.
    public enum WriteStep: Sendable, Hashable {
        case temporary, write, replace
    }

    /// The part of cairo's PDF that could not be read.
    public enum PDFPart: Sendable, Hashable {
        case crossReferenceMissing, crossReferenceCut, crossReferenceEntry, trailerMissing, trailer, trailerSize
        case noObjects, objectOutsideSize, catalog
        case object(Int)
    }

    /// What is wrong with a row of `passwords.csv`.
    public enum PasswordBookProblem: Sendable, Hashable {
        case unreadable, header, malformedRow, duplicateMcsId
    }

    /// What a data file holds where a value of another shape was expected.
    public enum Shape: Sendable, Hashable {
        case scalar, mapping, sequence, number, flag, text
    }

    /// What the hint of an unknown key says.
    public enum UnknownKeyHint: Sendable, Hashable {
        /// The key it was probably meant to be.
        case didYouMean(String)
        /// The keys that may stand here.
        case known([String])
        /// A value run into its key: `colon` when a colon is there but no space after it.
        case runIn(colon: Bool)
    }

    /// The rules of an initial password.
    public enum PasswordRule: Sendable, Hashable, CaseIterable {
        case notASCII, notMixed, tooShort, isIdOrName, hasRun
    }

    /// The problem with every text it quotes passed through `transform` (to redact and escape them).
    public func mapTexts(_ transform: (String) -> String) -> Problem {
        func each(_ texts: [String]) -> [String] { texts.map(transform) }
        return switch self {
        case .unreadableSyntax(let detail): .unreadableSyntax(detail: detail.map(transform))
        case .duplicateKeys(let keys): .duplicateKeys(each(keys))
        case .unreadableFile(let file): .unreadableFile(transform(file))
        case .unknownKey(.didYouMean(let key)): .unknownKey(.didYouMean(transform(key)))
        case .unknownKey(.known(let keys)): .unknownKey(.known(each(keys)))
        case .expectedBool(let value): .expectedBool(transform(value))
        case .expectedInteger(let value): .expectedInteger(transform(value))
        case .notDate(let value): .notDate(transform(value))
        case .impossibleDate(let value): .impossibleDate(transform(value))
        case .dateBeforeEras(let value): .dateBeforeEras(transform(value))
        case .notChoice(let value, let choices): .notChoice(transform(value), choices: choices)
        case .codeOutOfRange(let value, let table, let count): .codeOutOfRange(transform(value), table: table, count: count)
        case .codeUnknownName(let value, let table, let suggestion): .codeUnknownName(transform(value), table: table, suggestion: suggestion)
        case .duplicateCodeName(let name): .duplicateCodeName(transform(name))
        case .notEmail(let value): .notEmail(transform(value))
        case .duplicateMcsId(let value, let first): .duplicateMcsId(transform(value), first: first)
        case .notKana(let value): .notKana(transform(value))
        case .notPostalCode(let value): .notPostalCode(transform(value))
        case .notPhone(let value): .notPhone(transform(value))
        case .unknownColumn(let name, let suggestion, let known): .unknownColumn(transform(name), suggestion: suggestion, known: known)
        case .repeatedColumn(let name): .repeatedColumn(transform(name))
        case .missingGlyph(let character, let codes, let text): .missingGlyph(character: transform(character), codes: codes, text: transform(text))
        case .failure(let text): .failure(transform(text))
        default: self
        }
    }
}
