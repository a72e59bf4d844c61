import FormModels

/// `batch --derive approval`: the batch's inputs are applications (別紙様式1), and each prints as the approval
/// notice that answers it (`NoticeDerivation`), dated `date`, approved unless `decisions` rejects it.
public struct BatchDerivation: Sendable {
    /// The notices' date: the day they are sent.
    public var date: CalendarDate
    /// The decisions file (`DecisionFile`); without it every application is approved.
    public var decisions: String?

    public init(date: CalendarDate, decisions: String? = nil) {
        self.date = date
        self.decisions = decisions
    }
}
