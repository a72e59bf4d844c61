/// 別紙様式2: the secretariat's notice that an application was approved (with passwords) or rejected.
public struct ApprovalNotice: Codable, Sendable, Equatable {
    /// The date of the notice; never before `applicationDate`.
    public var date: CalendarDate?
    public var office: Office
    /// 申請代表者名.
    public var representative: String?
    /// The date of the application being answered.
    public var applicationDate: CalendarDate?
    /// nil only on a blank form.
    public var decision: Decision?
    /// The users given access; required (with passwords) when approved.
    public var users: [User]
    /// 不承認理由; required when rejected.
    public var rejectionReason: String?

    public init(date: CalendarDate? = nil, office: Office = Office(), representative: String? = nil,
                applicationDate: CalendarDate? = nil, decision: Decision? = nil, users: [User] = [],
                rejectionReason: String? = nil) {
        self.date = date
        self.office = office
        self.representative = representative
        self.applicationDate = applicationDate
        self.decision = decision
        self.users = users
        self.rejectionReason = rejectionReason
    }

    /// 承認 or 不承認.
    public enum Decision: String, CaseIterable, Codable, Sendable {
        case approved
        case rejected
    }

    /// The addressed office: 事業所名, and the 郵便番号 and 住所 its envelope is sent to.
    public struct Office: Codable, Sendable, Equatable {
        public var name: String?
        public var postalCode: String?
        public var address: String?

        public init(name: String? = nil, postalCode: String? = nil, address: String? = nil) {
            self.name = name
            self.postalCode = postalCode
            self.address = address
        }
    }

    /// One row of the user table.
    public struct User: Codable, Sendable, Equatable {
        public var name: String
        public var sex: Sex?
        public var mcsId: String
        /// The initial password; required when approved, never shown outside its cell.
        public var password: Secret?
        public var admin: Bool

        public init(name: String, sex: Sex? = nil, mcsId: String, password: Secret? = nil, admin: Bool = false) {
            self.name = name
            self.sex = sex
            self.mcsId = mcsId
            self.password = password
            self.admin = admin
        }
    }
}
