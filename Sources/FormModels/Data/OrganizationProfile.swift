import Core
import Foundation

/// The issuer data printed on every form: the network, the 医師会 and its 会長, and the secretariat's contact.
///
/// The default is `Templates/data/profile.yaml` (the rules' own values); another organization passes its own
/// file. Every key is required but `envelope`, and no other key is allowed.
public struct OrganizationProfile: Sendable, Equatable {
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
    /// The window envelope the approval notices are mailed in, behind their cover letters.
    public var envelope: Envelope

    public init(network: String, association: String, presidentTitle: String, president: String,
                secretariat: String, postalCode: String, address: String, phone: String, fax: String, email: String,
                envelope: Envelope = .naga3) {
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
        self.envelope = envelope
    }
}
