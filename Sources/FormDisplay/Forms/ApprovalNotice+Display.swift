import Core
import FormModels

extension ApprovalNotice {
    /// The condition of a rejection that names no applicant: its notice leaves the user table out, where
    /// an approval (or a blank form) always prints it.
    static let rejectionWithoutUsers = "rejectionWithoutUsers"

    /// The conditions of the notice beyond its decision.
    var displayExtras: DisplayValues {
        DisplayValues(conditions: decision == .rejected && users.isEmpty ? [Self.rejectionWithoutUsers] : [])
    }
}
