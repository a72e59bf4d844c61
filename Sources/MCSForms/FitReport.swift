import FormLayout

/// What the fitting of each bound value did, one line per field, for `render --fit-report`:
/// `office.name: 長体 85%` or `reason: 2行に折り返し` or `representative: そのまま`.
///
/// A batch can refuse notices whose office name had to be squeezed by looking for lines that do
/// not end in `そのまま`. Only values from the input are listed (not the 別表 printed from data),
/// and only their paths, never the values (passwords stay out of logs).
public struct FitReport: Sendable {
    public var fits: [FieldFit]

    public init(form: PrintedForm) {
        let dataLists = Set(form.values.lists.filter { _, rows in
            !rows.isEmpty && rows.allSatisfy { $0.sourceIndex == nil }
        }.keys)
        fits = form.layout.fits.filter { fit in
            guard case .key(let first)? = fit.path.components.first else { return true }
            return !dataLists.contains(first)
        }
    }

    /// One line per field (a value set in parts, such as a name with its reading, may give several
    /// identical lines: they are said once), each ending in a newline.
    public var text: String {
        var seen: Set<String> = []
        return fits.map { "\($0.path): \(Self.describe($0))\n" }.filter { seen.insert($0).inserted }.joined()
    }

    static func describe(_ fit: FieldFit) -> String {
        var steps: [String] = []
        if fit.horizontalScale < 1 {
            steps.append("長体 \(Int((fit.horizontalScale * 100).rounded()))%")
        }
        if fit.size < fit.designSize {
            steps.append("縮小 \(points(fit.designSize))pt → \(points(fit.size))pt")
        }
        if fit.lines > 1 {
            steps.append("\(fit.lines)行に折り返し")
        }
        return steps.isEmpty ? "そのまま" : steps.joined(separator: "、")
    }

    private static func points(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
