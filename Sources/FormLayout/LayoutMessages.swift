import Core

/// The problems the layout engine reports, with their parameters (worded by `ProblemWording`).
enum LayoutMessages {
    static func unknownFamily(_ name: String, path: FieldPath) -> Diagnostic {
        Diagnostic(path: path, problem: .unknownFamily(name))
    }

    static func missingGlyph(_ character: Character, in text: String, path: FieldPath) -> Diagnostic {
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        return Diagnostic(path: path, problem: .missingGlyph(character: String(character), codes: codes.joined(separator: " "), text: text))
    }

    static func doesNotFit(path: FieldPath, width: Points, height: Points, minSize: Points, needed: Points) -> Diagnostic {
        Diagnostic(path: path, problem: .doesNotFit(width: mm(width), height: mm(height), minSize: format(minSize.value), needed: mm(needed)))
    }

    static func largerThanFrame(_ name: String, width: Millimetres, height: Millimetres, frame: PageFrame, path: FieldPath) -> Diagnostic {
        Diagnostic(path: path, problem: .largerThanFrame(frame: name, width: format(width.value), height: format(height.value),
                                                         frameWidth: format(frame.width.value), frameHeight: format(frame.height.value)))
    }

    private static func mm(_ length: Points) -> String { format(length.millimetres.value) }

    private static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
