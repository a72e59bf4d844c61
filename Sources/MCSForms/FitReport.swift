import FormLayout

/// What the fitting of each bound value did, one line per field, for `render --fit-report`:
/// `office.name: 長体 85%` or `reason: 2行に折り返し` or `representative: そのまま`.
///
/// A batch can refuse notices whose office name had to be squeezed by looking for lines that do
/// not end in `そのまま`. Only paths are printed, never values (passwords stay out of logs).
public struct FitReport: Sendable {
    public var fits: [FieldFit]

    public init(document: LaidOutDocument) {
        fits = document.fits
    }

    /// One line per field, each ending in a newline.
    public var text: String {
        fits.map { "\($0.path): \(Self.describe($0))\n" }.joined()
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
