/// The printable strings of one filled (or blank) form: what the templates' fields are bound to.
///
/// This is the boundary between the forms and the layout engine. The display stage turns a typed
/// model into these strings (era dates, 別表 names, ○ marks); the layout engine reads them by name
/// and never sees the models.
public struct DisplayValues: Sendable, Equatable {
    /// Single values by their input path, such as `office.name` or `date`.
    public var fields: [String: String]
    /// Lists of rows by their input key, such as `applicants`; tables and repeated pages read them.
    public var lists: [String: [DisplayRow]]
    /// Named conditions that switch template variants, such as `approved`, `rejected` or `blank`.
    public var conditions: Set<String>
    /// Named rectangles of the page that a template places elements in, such as `envelopeWindow`.
    public var frames: [String: PageFrame]

    public init(fields: [String: String] = [:], lists: [String: [DisplayRow]] = [:], conditions: Set<String> = [],
                frames: [String: PageFrame] = [:]) {
        self.fields = fields
        self.lists = lists
        self.conditions = conditions
        self.frames = frames
    }
}

/// A rectangle of the page given by the display stage rather than the template: where the window of an
/// envelope falls on the folded sheet, from the organization's profile.
public struct PageFrame: Sendable, Equatable {
    /// The top-left corner, from the page's top-left corner.
    public var x: Millimetres
    public var y: Millimetres
    public var width: Millimetres
    public var height: Millimetres

    public init(x: Millimetres, y: Millimetres, width: Millimetres, height: Millimetres) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Whether `other` lies wholly inside this rectangle.
    public func contains(_ other: PageFrame) -> Bool {
        other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height
    }

    /// Whether `other` shares any area with this rectangle.
    public func overlaps(_ other: PageFrame) -> Bool {
        other.x < x + width && x < other.x + other.width && other.y < y + height && y < other.y + other.height
    }
}

/// One row of a displayed list: an applicant, a user, a 別表 entry or a consent copy.
public struct DisplayRow: Sendable, Equatable {
    /// Cell values by key (`name`, `kana`, `mcsId`, …).
    public var fields: [String: String]
    /// Conditions that hold on a page repeated for this row (e.g. `patientCopy`).
    public var conditions: Set<String>
    /// The row's index in the input list, so that errors point at `applicants[12].name`;
    /// nil for rows that do not come from the input (別表 entries).
    public var sourceIndex: Int?

    public init(fields: [String: String], conditions: Set<String> = [], sourceIndex: Int? = nil) {
        self.fields = fields
        self.conditions = conditions
        self.sourceIndex = sourceIndex
    }
}
