import Core
import Foundation
import FormModels

extension OrganizationProfile {
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
