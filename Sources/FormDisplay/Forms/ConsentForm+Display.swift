import Core
import FormModels

extension ConsentForm {
    /// Fields of 別紙様式4 and one `copies` row per copy, with the condition `patientCopy` or `staffCopy`.
    func displayValues() -> DisplayValues {
        let fields = [
            "date": DisplayText.date(date),
            "patient.name": patient.name ?? "",
            "patient.address": patient.address ?? "",
            "family.name": family.name ?? "",
            "family.relationship": family.relationship ?? "",
            "family.address": family.address ?? "",
            "proxy.name": proxy.name ?? "",
            "proxy.relationship": proxy.relationship ?? "",
            "proxy.address": proxy.address ?? "",
            "explainer.office": explainer.office ?? "",
            "explainer.name": explainer.name ?? "",
        ]
        let rows = copies.enumerated().map { index, copy in
            DisplayRow(fields: [:], conditions: [copy.condition], sourceIndex: index)
        }
        return DisplayValues(fields: fields, lists: ["copies": rows])
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
