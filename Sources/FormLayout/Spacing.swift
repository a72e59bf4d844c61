/// Space between characters after JLReq 3.1 (約物) and 3.2 (和欧間), in the unit of the advances.
///
/// IPAex sets every full-width bracket, comma and full stop on a whole em with its ink in one half,
/// and ・：； centred with a quarter em of space on each side. Where two of them meet (`」、` `。」`
/// `（「` `」「`) one empty half is removed, so each pair takes 1.5 em (JLReq 3.1.4); between a
/// bracket and a middle dot (`」・` `・「`) a quarter em is left (Table 1, 3.1.3). At a line start an
/// opening bracket loses its leading half (3.1.5); at a line end the trailing half em of 」、。 and
/// the trailing quarter of ・ are removed (3.1.9, `endTrim`), so a justified line's ink, not its
/// last advance box, ends at the right edge.
/// With `latinGap`, a quarter em separates Japanese from Latin letters and digits (3.2.2), but for the
/// digits of a date, set solid with their 年・月・日 and era name (令和8年11月24日) as the forms' own fields
/// print them, in running text and fields alike.
/// `shrink` is what a line may give up to take in a character that may not start the next line
/// (追い込み, 3.8.3): the half em after a mid-line closing bracket or comma and before an opening
/// bracket, the quarters around a middle dot, an eighth of the quarter em beside Latin; never the
/// half em after 。.
struct Spacing {
    /// Added between character `i` and `i + 1` when both are on one line (negative: removed).
    var between: [Double]
    /// Removed before character `i` when it starts a line.
    var startTrim: [Double]
    /// Removed after character `i` when it ends a line.
    var endTrim: [Double]
    /// How much of the space between character `i` and `i + 1` may be removed.
    var shrink: [Double]

    init(_ characters: [Character], em: Double, latinGap: Bool) {
        let classes = characters.map(CharacterClass.init)
        let gaps = classes.indices.dropLast().map { index in
            Gap(left: classes[index], right: classes[index + 1], leftMark: characters[index], latinGap: latinGap,
                solid: Self.isWithinDate(characters[index], characters[index + 1]))
        }
        between = gaps.map { $0.between * em } + [0]
        shrink = gaps.map { $0.shrink * em } + [0]
        startTrim = classes.map { $0 == .opening ? 0.5 * em : 0 }
        endTrim = classes.map { $0 == .closing ? 0.5 * em : $0 == .middleDot ? 0.25 * em : 0 }
    }

    /// Whether two characters meet inside a date: an ASCII digit and its unit (年, 月, 日), or a unit or
    /// the last character of an era name (和, 成, 正, 治) and the digit after it.
    static func isWithinDate(_ left: Character, _ right: Character) -> Bool {
        // Compared as single scalars, not through sets of characters: hashing a Character normalizes
        // it, and this runs for every pair of characters a notice sets (a tenth of a batch's layout).
        guard let left = left.onlyScalar, let right = right.onlyScalar else { return false }
        let isDigit = { (scalar: UInt32) in (0x30...0x39).contains(scalar) }
        let isUnit = { (scalar: UInt32) in scalar == 0x5E74 || scalar == 0x6708 || scalar == 0x65E5 }  // 年 月 日
        let isEraEnd = { (scalar: UInt32) in scalar == 0x548C || scalar == 0x6210 || scalar == 0x6B63 || scalar == 0x6CBB }  // 和 成 正 治
        return (isDigit(left) && isUnit(right)) || ((isUnit(left) || isEraEnd(left)) && isDigit(right))
    }

    /// The space between two adjacent characters, in ems (JLReq Table 1 with IPAex's full-em bodies).
    private struct Gap {
        var left: CharacterClass
        var right: CharacterClass
        /// The left character, to tell 、。 from closing brackets.
        var leftMark: Character
        var latinGap: Bool
        /// Inside a date, where no 和欧間 is set.
        var solid: Bool

        private var leftIsCommaOrFullStop: Bool { CharacterClass.isCommaOrFullStop(leftMark) }

        /// Added to the advances: one empty half removed where two brackets meet (3.1.4); 」・ and
        /// ・「 keep a quarter em (3.1.3), 、・ and 。・ three quarters; 1/4 em 和欧間 (3.2.2).
        var between: Double {
            switch (left, right) {
            case (.closing, .opening), (.closing, .closing), (.opening, .opening), (.middleDot, .opening): -0.5
            case (.closing, .middleDot): leftIsCommaOrFullStop ? 0 : -0.5
            case (.japanese, .latin), (.latin, .japanese): latinGap && !solid ? 0.25 : 0
            default: 0
            }
        }

        /// What may be given up (3.8.3): the quarters around ・ (d), the half em after a mid-line 」、
        /// and before 「 (e), an eighth beside Latin (f); never the half em after 。.
        var shrink: Double {
            var total = 0.0
            if left == .middleDot { total += 0.25 }
            if right == .middleDot { total += 0.25 }
            let keepsHalfAfter = !right.isBracket && (right != .middleDot || leftIsCommaOrFullStop)
            if left == .closing, keepsHalfAfter, !CharacterClass.isFullStop(leftMark) { total += 0.5 }
            if right == .opening, !left.isPunctuation { total += 0.5 }
            if latinGap, !solid, (left == .japanese && right == .latin) || (left == .latin && right == .japanese) { total += 0.125 }
            return total
        }
    }
}

/// The classes of JLReq Appendix A that spacing depends on.
enum CharacterClass: Equatable {
    /// Full-width opening brackets (cl-01), ink in the right half.
    case opening
    /// Full-width closing brackets, full stops and commas (cl-02, cl-06, cl-07), ink in the left half.
    case closing
    /// Middle dots ・：； (cl-05), ink in the middle half.
    case middleDot
    /// Kana and kanji (cl-15, cl-16, cl-19).
    case japanese
    /// ASCII letters and digits (cl-24, cl-27).
    case latin
    case other

    init(_ character: Character) {
        guard let scalar = character.unicodeScalars.first else { self = .other; return }
        // Kana, kanji and ASCII first: no bracket or dot is among them, and they are most of the text.
        if Self.isJapanese(scalar) {
            self = .japanese
        } else if scalar.isASCII {
            self = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? .latin : .other
        } else if Self.openingBrackets.contains(scalar) {
            self = .opening
        } else if Self.closingPunctuation.contains(scalar) {
            self = .closing
        } else if Self.middleDots.contains(scalar) {
            self = .middleDot
        } else {
            self = .other
        }
    }

    /// Opening and closing brackets, full stops and commas.
    var isBracket: Bool { self == .opening || self == .closing }

    /// Brackets, full stops, commas and middle dots.
    var isPunctuation: Bool { isBracket || self == .middleDot }

    static let openingBrackets = Set("「『（［｛〔〈《【〘〖｟".unicodeScalars)
    static let closingPunctuation = Set("」』）］｝〕〉》】〙〗｠。．、，".unicodeScalars)
    static let middleDots = Set("・：；".unicodeScalars)
    /// 。 and ．
    static func isFullStop(_ character: Character) -> Bool {
        switch character.onlyScalar {
        case 0x3002, 0xFF0E: true
        default: false
        }
    }

    /// 。．、，
    static func isCommaOrFullStop(_ character: Character) -> Bool {
        switch character.onlyScalar {
        case 0x3002, 0xFF0E, 0x3001, 0xFF0C: true
        default: false
        }
    }

    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30FB: false  // ・ is a middle dot, not katakana
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF: true  // kana, ー, small kana
        case 0x3005, 0x3006, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true  // 々〆 and kanji
        default: false
        }
    }
}

extension Character {
    /// The value of the character's scalar when it has only one (not 年 with a variation selector).
    var onlyScalar: UInt32? {
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first.value
    }
}
