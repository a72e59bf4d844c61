/// 別紙様式3: an office's notice that some of its users leave the system.
public struct WithdrawalNotice: Codable, Sendable, Equatable {
    /// The date of the notice.
    public var date: CalendarDate?
    public var office: Office
    /// 届出者: 氏名 and 連絡先電話番号.
    public var submitter: Submitter
    /// The day the withdrawal takes effect (`令和 年 月 日付で`).
    public var effectiveDate: CalendarDate?
    /// 退会理由, several lines allowed.
    public var reason: String?
    /// 退会する利用者情報.
    public var users: [User]

    public init(date: CalendarDate? = nil, office: Office = Office(), submitter: Submitter = Submitter(),
                effectiveDate: CalendarDate? = nil, reason: String? = nil, users: [User] = []) {
        self.date = date
        self.office = office
        self.submitter = submitter
        self.effectiveDate = effectiveDate
        self.reason = reason
        self.users = users
    }

    /// The submitting office: 事業所名.
    public struct Office: Codable, Sendable, Equatable {
        public var name: String?

        public init(name: String? = nil) {
            self.name = name
        }
    }

    /// The person submitting the notice.
    public struct Submitter: Codable, Sendable, Equatable {
        public var name: String?
        public var phone: String?

        public init(name: String? = nil, phone: String? = nil) {
            self.name = name
            self.phone = phone
        }
    }

    /// One row of the leaving users' table.
    public struct User: Codable, Sendable, Equatable {
        public var name: String
        public var sex: Sex?
        public var mcsId: String
        public var admin: Bool

        public init(name: String, sex: Sex? = nil, mcsId: String, admin: Bool = false) {
            self.name = name
            self.sex = sex
            self.mcsId = mcsId
            self.admin = admin
        }
    }
}
