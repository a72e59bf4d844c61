import Core
import FormModels

/// Turns a typed form into the strings its template prints (`DisplayValues`), read by name by the layout.
///
/// Dates become era dates (`令和8年11月24日`, blank `令和　　年　　月　　日`), 別表 numbers their names,
/// admins a ○, and every absent value "" so the template leaves its space blank for handwriting.
/// Every form also carries the organization profile as `profile.*` fields.
public struct DisplayBuilder: Sendable {
    /// The issuer data printed on every form.
    public let profile: OrganizationProfile
    /// 別表1 and 別表2, for the names of codes and the application's 別表 page.
    public let tables: CodeTables

    public init(profile: OrganizationProfile, tables: CodeTables) {
        self.profile = profile
        self.tables = tables
    }

    /// The values of a filled form.
    public func values(for document: FormDocument) -> DisplayValues {
        var values = formValues(for: document)
        values.fields.merge(profileFields) { form, _ in form }
        return values
    }

    /// The values of a form printed blank for handwriting: condition `blank`, empty rows, blank dates.
    public func blankValues(for kind: FormKind) -> DisplayValues {
        var values = values(for: .blank(kind))
        values.conditions.insert("blank")
        return values
    }

    private func formValues(for document: FormDocument) -> DisplayValues {
        switch document {
        case .application(let form): form.displayValues(tables: tables)
        case .approval(let notice): notice.displayValues()
        case .withdrawal(let notice): notice.displayValues()
        case .consent(let form): form.displayValues()
        }
    }

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
