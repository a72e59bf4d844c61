import Core

/// The wording of every problem the layout engine reports, in one place.
enum LayoutMessages {
    static func unknownFamily(_ name: String, path: FieldPath) -> Diagnostic {
        Diagnostic(path: path, message: "字体 '\(name)' は Fonts/fonts.yaml にありません")
    }

    static func missingGlyph(_ character: Character, in text: String, path: FieldPath) -> Diagnostic {
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        return Diagnostic(
            path: path, message: "「\(character)」(\(codes.joined(separator: " "))) を印字できる字体がありません",
            hint: "「\(text)」の中")
    }

    static func doesNotFit(path: FieldPath, width: Double, height: Double, minSize: Double, needed: Double) -> Diagnostic {
        Diagnostic(
            path: path, message: "欄に収まりません",
            hint: "幅 \(mm(width))mm・高さ \(mm(height))mm の欄に、最小 \(format(minSize))pt でも \(mm(needed))mm 必要です")
    }

    private static func mm(_ points: Double) -> String { format(Units.millimetres(points)) }

    private static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
