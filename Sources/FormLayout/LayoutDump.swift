import Core
import Foundation

/// A readable, diffable text form of a laid-out document: one line per item, millimetres rounded
/// to 0.1, y down from the page's top-left corner.
///
/// ```
/// p1 text 20.0 15.0 ipaexm 10.5 <別紙様式2>
/// p1 text 40.0 60.0 ipaexm 11.0x0.90 @office.name 医療法人社団 大崎の杜 在宅総合ケアセンター
/// p1 rule 20.0 40.0 190.0 40.0 0.20
/// p1 rule 20.0 50.0 190.0 50.0 0.20 dashed
/// p1 rect 20.0 30.0 170.0 40.0 0.30
/// p1 circle 180.0 50.0 3.0 0.20
/// ```
/// A text line gives the run's baseline origin, face id, size in points (with `x0.90` appended
/// when condensed to 90 % 長体), the bound path (after @)
/// when it shows a value, and its text; rules give both ends and the weight; rectangles the
/// top-left corner, width, height and weight; circles the centre, radius and weight.
public enum LayoutDump {
    /// The dump of every page, one item per line, ending with a newline. The text of a run whose bound
    /// path is `hidden` (a password) is written `****`: the dump is a file for debugging and comparing.
    public static func text(of document: LaidOutDocument, hiding hidden: (FieldPath) -> Bool = { _ in false }) -> String {
        var lines: [String] = []
        for (index, page) in document.pages.enumerated() {
            lines += page.items.map { "p\(index + 1) " + describe($0, hidden: hidden) }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func describe(_ item: LayoutItem, hidden: (FieldPath) -> Bool) -> String {
        switch item {
        case .text(let run):
            let path = run.path.map { "@\($0) " } ?? ""
            let scale = run.horizontalScale < 1 ? "x" + decimal(run.horizontalScale, 2) : ""
            let text = run.path.map(hidden) == true ? Redaction.mask : run.text
            return "text \(mm(run.origin.x)) \(mm(run.origin.y)) \(run.face) \(decimal(run.size, 1))\(scale) \(path)\(text)"
        case .line(let line):
            let dashed = line.dashed ? " dashed" : ""
            return "rule \(mm(line.from.x)) \(mm(line.from.y)) \(mm(line.to.x)) \(mm(line.to.y)) \(weight(line.width))\(dashed)"
        case .rectangle(let rect):
            return "rect \(mm(rect.origin.x)) \(mm(rect.origin.y)) \(mm(rect.width)) \(mm(rect.height)) \(weight(rect.lineWidth))"
        case .circle(let circle):
            return "circle \(mm(circle.center.x)) \(mm(circle.center.y)) \(mm(circle.radius)) \(weight(circle.lineWidth))"
        }
    }

    private static func mm(_ points: Double) -> String { decimal(Points(points).millimetres.value, 1) }

    private static func weight(_ points: Double) -> String { decimal(Points(points).millimetres.value, 2) }

    /// `value` with `places` decimals, never "-0.0".
    private static func decimal(_ value: Double, _ places: Int) -> String {
        let text = String(format: "%.\(places)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
