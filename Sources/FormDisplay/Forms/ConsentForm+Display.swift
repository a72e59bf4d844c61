import Core
import FormModels

extension ConsentForm {
    /// One `copies` row per copy, with the condition `patientCopy` or `staffCopy`.
    var displayExtras: DisplayValues {
        let rows = copies.enumerated().map { index, copy in
            DisplayRow(fields: [:], conditions: [copy.condition], sourceIndex: index)
        }
        return DisplayValues(lists: [ConsentContract.copies.key: rows])
    }
}

extension ConsentForm.Copy {
    /// The condition that switches a repeated page to this copy's variant.
    var condition: String {
        switch self {
        case .patient: "patientCopy"
        case .staff: "staffCopy"
        }
    }
}
