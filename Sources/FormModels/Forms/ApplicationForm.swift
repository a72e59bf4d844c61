/// 別紙様式1: an office's application to use the system and its pledge, with its applicants.
public struct ApplicationForm: Codable, Sendable, Equatable {
    /// 申し込み及び誓約日; nil prints a blank date.
    public var date: CalendarDate?
    public var office: Office
    /// 申請代表者 氏名.
    public var representative: String?
    /// 施設の種類 as its 別表1 number.
    public var facilityType: Int?
    /// 申込者情報, any number (printed ten to a sheet).
    public var applicants: [Applicant]

    public init(date: CalendarDate? = nil, office: Office = Office(), representative: String? = nil,
                facilityType: Int? = nil, applicants: [Applicant] = []) {
        self.date = date
        self.office = office
        self.representative = representative
        self.facilityType = facilityType
        self.applicants = applicants
    }

    /// The applying office: 事業所名, 郵便番号, 住所, 電話番号.
    public struct Office: Codable, Sendable, Equatable {
        public var name: String?
        public var postalCode: String?
        public var address: String?
        public var phone: String?

        public init(name: String? = nil, postalCode: String? = nil, address: String? = nil, phone: String? = nil) {
            self.name = name
            self.postalCode = postalCode
            self.address = address
            self.phone = phone
        }
    }

    /// One row of the applicant table.
    public struct Applicant: Codable, Sendable, Equatable {
        /// 登録日, optional.
        public var registeredOn: CalendarDate?
        public var name: String
        /// ふりがな.
        public var kana: String?
        /// 職種 as its 別表2 number.
        public var occupation: Int?
        /// MCS ID (登録メールアドレス).
        public var mcsId: String
        /// 管理者: printed ○ when true.
        public var admin: Bool

        public init(registeredOn: CalendarDate? = nil, name: String, kana: String? = nil, occupation: Int? = nil,
                    mcsId: String, admin: Bool = false) {
            self.registeredOn = registeredOn
            self.name = name
            self.kana = kana
            self.occupation = occupation
            self.mcsId = mcsId
            self.admin = admin
        }
    }
}
