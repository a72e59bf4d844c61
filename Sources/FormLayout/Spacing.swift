/// Space between characters after JLReq 3.1 (約物) and 3.2 (和欧間), in the unit of the advances.
///
/// IPAex sets every full-width bracket, comma and full stop on a whole em with its ink in one half.
/// Where two of them meet (`」、` `。」` `（「` `」「`) one empty half is removed, so each pair takes
/// 1.5 em (JLReq 3.1.4). At a line start an opening bracket loses its leading half (3.1.5); at a
/// line end the trailing half of 」、。 is kept (3.1.9, JLReq's default), so that the advance box
/// of every justified line ends at the same x.
/// With `latinGap`, a quarter em separates Japanese from Latin letters and digits (3.2.2).
/// `shrink` is what a line may give up to take in a character that may not start the next line
/// (追い込み, 3.8.3): the half em after a mid-line closing bracket or comma and before an opening
/// bracket, an eighth of the quarter em beside Latin; never the half em after 。.
struct Spacing {
    /// Added between character `i` and `i + 1` when both are on one line (negative: removed).
    var between: [Double]
    /// Removed before character `i` when it starts a line.
    var startTrim: [Double]
    /// How much of the space between character `i` and `i + 1` may be removed.
    var shrink: [Double]

    init(_ characters: [Character], em: Double, latinGap: Bool) {
        let classes = characters.map(CharacterClass.init)
        between = zip(classes, classes.dropFirst()).map { left, right in
            if left.endsWithGlue, right.isPunctuation { return -0.5 * em }
            if left == .opening, right == .opening { return -0.5 * em }
            if latinGap, (left == .japanese && right == .latin) || (left == .latin && right == .japanese) { return 0.25 * em }
            return 0
        } + [0]
        startTrim = classes.map { $0 == .opening ? 0.5 * em : 0 }
        shrink = zip(characters, characters.dropFirst()).enumerated().map { index, pair in
            let left = classes[index], right = classes[index + 1]
            if left.endsWithGlue, !right.isPunctuation, !CharacterClass.fullStops.contains(pair.0) { return 0.5 * em }
            if right == .opening, !left.isPunctuation { return 0.5 * em }
            if latinGap, (left == .japanese && right == .latin) || (left == .latin && right == .japanese) { return 0.125 * em }
            return 0
        } + [0]
    }
}

/// The classes of JLReq Appendix A that spacing depends on.
enum CharacterClass: Equatable {
    /// Full-width opening brackets (cl-01), ink in the right half.
    case opening
    /// Full-width closing brackets, full stops and commas (cl-02, cl-06, cl-07), ink in the left half.
    case closing
    /// Kana and kanji (cl-15, cl-16, cl-19).
    case japanese
    /// ASCII letters and digits (cl-24, cl-27).
    case latin
    case other

    init(_ character: Character) {
        guard let scalar = character.unicodeScalars.first else { self = .other; return }
        if Self.openingBrackets.contains(scalar) {
            self = .opening
        } else if Self.closingPunctuation.contains(scalar) {
            self = .closing
        } else if scalar.properties.isAlphabetic, scalar.isASCII {
            self = .latin
        } else if ("0"..."9").contains(scalar) {
            self = .latin
        } else if Self.isJapanese(scalar) {
            self = .japanese
        } else {
            self = .other
        }
    }

    /// Whether the character carries an empty half em after its ink.
    var endsWithGlue: Bool { self == .closing }

    /// Brackets, full stops and commas.
    var isPunctuation: Bool { self == .opening || self == .closing }

    static let openingBrackets = Set("「『（［｛〔〈《【〘〖｟".unicodeScalars)
    static let closingPunctuation = Set("」』）］｝〕〉》】〙〗｠。．、，".unicodeScalars)
    static let fullStops: Set<Character> = ["。", "．"]

    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF: true  // kana, ー, small kana
        case 0x3005, 0x3006, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true  // 々〆 and kanji
        default: false
        }
    }
}
