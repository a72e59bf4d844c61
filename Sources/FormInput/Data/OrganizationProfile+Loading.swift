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
        let envelope = file.optional("envelope").map { $0.mapping(readEnvelope) ?? nil } ?? .naga3
        let present = values.compactMap { $0 }
        guard present.count == values.count, let envelope else { return nil }
        return OrganizationProfile(network: present[0], association: present[1], presidentTitle: present[2],
                                   president: present[3], secretariat: present[4], postalCode: present[5],
                                   address: present[6], phone: present[7], fax: present[8], email: present[9],
                                   envelope: envelope)
    }

    /// `envelope: { width: 235, height: 120, window: { left: 23, top: 13, width: 90, height: 45 } }`, in
    /// millimetres, the envelope laid on its side; a window that no part of the folded sheet always shows
    /// is refused.
    private static func readEnvelope(_ envelope: MappingReader) -> Envelope? {
        func length(_ mapping: MappingReader, _ key: String) -> Millimetres? {
            mapping.required(key)?.number().map(Millimetres.init)
        }
        let width = length(envelope, "width"), height = length(envelope, "height")
        let window = envelope.required("window")?.mapping { window in
            (length(window, "left"), length(window, "top"), length(window, "width"), length(window, "height"))
        }
        guard let width, let height, let (left, top, windowWidth, windowHeight) = window,
              let left, let top, let windowWidth, let windowHeight else { return nil }
        let read = Envelope(width: width, height: height, window: PageFrame(x: left, y: top, width: windowWidth, height: windowHeight))
        guard read.visibleWindow != nil else {
            envelope.value.report(.envelopeWindowNeverShows)
            return nil
        }
        return read
    }
}
