import Core
import FormModels

/// Turns a filled form into the strings its template prints (`DisplayValues`), read by name by the layout.
///
/// Every value of the input is printed by its kind (`ContractDisplay`); each form adds what its
/// template needs beyond its values (the consent copies, the 別表 lists), and
/// every form carries the organization profile as `profile.*` fields.
public struct DisplayBuilder: Sendable {
    /// The issuer data printed on every form.
    public let profile: OrganizationProfile
    /// 別表1 and 別表2, for the names of codes and the application's 別表 page: read only for a form
    /// that refers to a code.
    public let tables: CodeTableSource
    /// The cover letter printed before each approval notice, if any.
    public let coverLetter: CoverLetter?

    public init(profile: OrganizationProfile, tables: CodeTableSource, coverLetter: CoverLetter? = nil) {
        self.profile = profile
        self.tables = tables
        self.coverLetter = coverLetter
    }

    /// A builder with the tables already read.
    public init(profile: OrganizationProfile, tables: CodeTables, coverLetter: CoverLetter? = nil) {
        self.init(profile: profile, tables: CodeTableSource(tables), coverLetter: coverLetter)
    }

    /// The values of a filled form; throws the problems of the 別表 files when the form needs them and
    /// they cannot be read.
    public func values(for document: FormDocument) throws(DiagnosticList) -> DisplayValues {
        let tables = try self.tables.tables(for: .of(document.kind))
        var values = ContractDisplay(tables: tables).values(of: document)
        let extra = document.form.displayExtras(tables: tables)
        values.lists.merge(extra.lists) { _, added in added }
        values.conditions.formUnion(extra.conditions)
        values.fields.merge(profileFields) { form, _ in form }
        if let coverLetter, case .approval(let notice) = document.form {
            let cover = try coverLetter.values(for: notice, envelope: profile.envelope)
            values.conditions.formUnion(cover.conditions)
            values.frames.merge(cover.frames) { _, cover in cover }
        }
        return values
    }

    /// The values of a form printed blank for handwriting: condition `blank`, empty rows, blank dates.
    public func blankValues(for kind: FormKind) throws(DiagnosticList) -> DisplayValues {
        // A blank form is printed for handwriting, never mailed: it has no cover letter.
        var values = try DisplayBuilder(profile: profile, tables: tables).values(for: .blank(kind))
        values.conditions.insert(Self.blank)
        return values
    }

    /// Everything a template of `kind` may name: the fields, the lists with the keys of their rows, and
    /// the conditions its values can set; a template naming anything else has a typo.
    public func vocabulary(for kind: FormKind) throws(DiagnosticList) -> DisplayVocabulary {
        let tables = try self.tables.tables(for: .of(kind))
        var vocabulary = ContractDisplay(tables: tables).vocabulary(of: FormContract.of(kind))
        let extra = FormDocument.blank(kind).form.displayExtras(tables: tables)
        for (name, rows) in extra.lists {
            vocabulary.lists[name, default: []].formUnion(rows.flatMap(\.fields.keys))
            vocabulary.conditions.formUnion(rows.flatMap(\.conditions))
        }
        vocabulary.conditions.formUnion(extra.conditions.union([Self.blank, Self.sample]))
        vocabulary.fields.formUnion(profileFields.keys)
        if kind == .approval {
            vocabulary.conditions.insert(ApprovalNotice.rejectionWithoutUsers)
            vocabulary.conditions.formUnion(CoverLetter.vocabulary.conditions)
            vocabulary.frames.formUnion(CoverLetter.vocabulary.frames)
        }
        return vocabulary
    }

    /// The condition of a form printed blank.
    public static let blank = "blank"
    /// The condition of a form printed as a filled sample (記入例) for those who fill it in.
    public static let sample = "sample"

    private var profileFields: [String: String] {
        [
            "profile.network": profile.network,
            "profile.association": profile.association,
            "profile.presidentTitle": profile.presidentTitle,
            "profile.president": profile.president,
            "profile.secretariat": profile.secretariat,
            "profile.postalCode": profile.postalCode,
            "profile.address": profile.address,
            "profile.phone": profile.phone,
            "profile.fax": profile.fax,
            "profile.email": profile.email,
        ]
    }
}

extension FilledForm {
    /// What the form's template needs beyond its values: lists and conditions. `tables` are given for
    /// every form that refers to a code, the application among them.
    func displayExtras(tables: CodeTables?) -> DisplayValues {
        switch self {
        case .application: tables.map(ApplicationForm.displayExtras) ?? DisplayValues()
        case .approval(let notice): notice.displayExtras
        case .withdrawal: DisplayValues()
        case .consent(let form): form.displayExtras
        }
    }
}
