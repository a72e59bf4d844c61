import Core
import Foundation

/// The issuer data printed on every form: the network, the 医師会 and its 会長, and the secretariat's contact.
///
/// The default is `Templates/data/profile.yaml` (the rules' own values); another organization passes its own
/// file. Every key is required and no other key is allowed.
public struct OrganizationProfile: Codable, Sendable, Equatable {
    /// おおさき地区医介連ネットワーク.
    public var network: String
    /// 大崎市医師会.
    public var association: String
    /// 会長.
    public var presidentTitle: String
    /// 鎌田 修二.
    public var president: String
    /// 大崎市在宅医療・介護連携支援センター.
    public var secretariat: String
    /// 989-6136 (printed after 〒).
    public var postalCode: String
    public var address: String
    public var phone: String
    public var fax: String
    public var email: String

    public init(network: String, association: String, presidentTitle: String, president: String,
                secretariat: String, postalCode: String, address: String, phone: String, fax: String, email: String) {
        self.network = network
        self.association = association
        self.presidentTitle = presidentTitle
        self.president = president
        self.secretariat = secretariat
        self.postalCode = postalCode
        self.address = address
        self.phone = phone
        self.fax = fax
        self.email = email
    }

    /// Loads a profile from a YAML or JSON file.
    public static func load(from url: URL) throws(DiagnosticList) -> OrganizationProfile {
        try DataFile.read(url) { root in root.mapping(read) ?? nil }
    }

    /// Reads a profile from the text of such a file.
    public init(yaml text: String) throws(DiagnosticList) {
        self = try DataFile.parse(text) { root in root.mapping(OrganizationProfile.read) ?? nil }
    }

    private static func read(_ file: MappingReader) -> OrganizationProfile? {
        let values = ["network", "association", "presidentTitle", "president", "secretariat",
                      "postalCode", "address", "phone", "fax", "email"].map { file.requiredText($0) }
        let present = values.compactMap { $0 }
        guard present.count == values.count else { return nil }
        return OrganizationProfile(network: present[0], association: present[1], presidentTitle: present[2],
                                   president: present[3], secretariat: present[4], postalCode: present[5],
                                   address: present[6], phone: present[7], fax: present[8], email: present[9])
    }
}
