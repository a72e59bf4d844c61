/// 別紙様式4: a patient's consent to the use of personal information, printed as one or more copies.
public struct ConsentForm: Codable, Sendable, Equatable {
    /// The copies to print, in order; both by default, the patient's first.
    public var copies: [Copy]
    public var date: CalendarDate?
    /// <患者様>.
    public var patient: Person
    /// <ご家族様>.
    public var family: Relative
    /// <署名代筆者>.
    public var proxy: Relative
    /// 同意書説明者 (本同意書保管先).
    public var explainer: Explainer

    public init(copies: [Copy] = Copy.allCases, date: CalendarDate? = nil, patient: Person = Person(),
                family: Relative = Relative(), proxy: Relative = Relative(), explainer: Explainer = Explainer()) {
        self.copies = copies
        self.date = date
        self.patient = patient
        self.family = family
        self.proxy = proxy
        self.explainer = explainer
    }

    /// Which copy: 患者様あるいは患者御家族様用 or 医療・介護関係者用 (事業所保管).
    public enum Copy: String, CaseIterable, Codable, Sendable {
        case patient
        case staff
    }

    /// A signer known by name and address.
    public struct Person: Codable, Sendable, Equatable {
        public var name: String?
        public var address: String?

        public init(name: String? = nil, address: String? = nil) {
            self.name = name
            self.address = address
        }
    }

    /// A signer with a relationship (続柄) to the patient.
    public struct Relative: Codable, Sendable, Equatable {
        public var name: String?
        public var relationship: String?
        public var address: String?

        public init(name: String? = nil, relationship: String? = nil, address: String? = nil) {
            self.name = name
            self.relationship = relationship
            self.address = address
        }
    }

    /// The staff member who explained the form, and the office keeping it.
    public struct Explainer: Codable, Sendable, Equatable {
        public var office: String?
        public var name: String?

        public init(office: String? = nil, name: String? = nil) {
            self.office = office
            self.name = name
        }
    }
}
