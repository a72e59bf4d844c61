import Core
import FormModels

/// A 送付状 printed before each approval notice (`--cover-letter`): the office's address behind the window of
/// the profile's envelope (`Envelope`), 親展, the date, the secretariat as sender, a short letter and what is
/// enclosed. Its page is `Templates/cover-letter.yaml`, which the approval template includes when these values
/// switch it on (the condition `coverLetter`), and places.
public struct CoverLetter: Sendable, Equatable {
    /// Also prints the window's outline and the fold lines, to fold a test sheet and hold it to an envelope.
    public var envelopeGuide: Bool

    public init(envelopeGuide: Bool = false) {
        self.envelopeGuide = envelopeGuide
    }

    /// The condition of the cover page.
    public static let condition = "coverLetter"
    /// The condition of the window's outline and the fold lines.
    public static let guideCondition = "envelopeGuide"
    /// The condition of an address to the representative (… 様) rather than to the office (… 御中).
    public static let toRepresentative = "toRepresentative"
    /// The frame of the sheet that the envelope's window always shows, where the address goes.
    public static let windowFrame = "envelopeWindow"

    /// What the cover letter adds to an approval notice's values; throws when the notice lacks a part of
    /// the address the envelope goes to.
    func values(for notice: ApprovalNotice, envelope: Envelope) throws(DiagnosticList) -> DisplayValues {
        typealias Notice = ApprovalContract
        let missing = [(Notice.officeName, notice.office.name), (Notice.officePostalCode, notice.office.postalCode),
                       (Notice.officeAddress, notice.office.address)]
            .filter { $0.1?.allSatisfy(\.isWhitespace) ?? true }
            .map { Diagnostic(path: FieldPath([.key(Notice.office.key), .key($0.0.key)]), problem: .neededForCoverLetter) }
        guard missing.isEmpty else { throw DiagnosticList(missing) }
        var values = DisplayValues()
        values.conditions.insert(Self.condition)
        if envelopeGuide { values.conditions.insert(Self.guideCondition) }
        if let representative = notice.representative, !representative.isEmpty { values.conditions.insert(Self.toRepresentative) }
        values.frames[Self.windowFrame] = envelope.visibleWindow
        return values
    }

    /// What the cover page of a template may name.
    static var vocabulary: DisplayVocabulary {
        var vocabulary = DisplayVocabulary()
        vocabulary.conditions = [condition, guideCondition, toRepresentative]
        vocabulary.frames = [windowFrame]
        return vocabulary
    }
}
