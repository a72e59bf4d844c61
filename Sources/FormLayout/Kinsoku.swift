/// Japanese line-breaking rules (禁則) as data, after JLReq 3.1.7–3.1.10 and Appendix C.
///
/// The level is "very strict": no line starts with 々, ー or small kana either.
enum Kinsoku {
    /// 行頭禁則: characters that never start a line.
    static let notAtLineStart: Set<Unicode.Scalar> = scalars(
        // 終わり括弧類 (cl-02)
        "」』）］｝〕〉》】〙〗｠”’»〟)]}",
        // ハイフン類 (cl-03)
        "‐゠–〜～",
        // 区切り約物 (cl-04)
        "？！‼⁇⁈⁉?!",
        // 中点類 (cl-05)
        "・：；",
        // 句点類・読点類 (cl-06, cl-07)
        "。．、，",
        // 繰返し記号・長音記号 (cl-09, cl-10)
        "ヽヾゝゞ々〻ー",
        // 小書きの仮名 (cl-11)
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ",
        // 後置省略記号 (cl-13)
        "°′″℃￠％‰")

    /// 行末禁則: characters that never end a line.
    static let notAtLineEnd: Set<Unicode.Scalar> = scalars(
        // 始め括弧類 (cl-01)
        "「『（［｛〔〈《【〘〖｟“‘«〝([{",
        // 前置省略記号 (cl-12)
        "￥＄￡＃€№")

    /// 分離禁止文字 (cl-08): a pair of the same kind is never split.
    static let inseparable: Set<Unicode.Scalar> = scalars("―—…‥")

    /// Whether a line may break between `before` and `after`.
    static func canBreak(between before: Character, and after: Character) -> Bool {
        guard let left = before.unicodeScalars.first, let right = after.unicodeScalars.first else { return true }
        if notAtLineStart.contains(right) || notAtLineEnd.contains(left) { return false }
        if inseparable.contains(left), left == right { return false }
        // 欧文の単語・数字の並び (cl-24, cl-27) are never split.
        if isWordCharacter(left), isWordCharacter(right) { return false }
        return true
    }

    /// Printable ASCII other than the space: Latin words, numbers, e-mail addresses.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value)
    }

    private static func scalars(_ groups: String...) -> Set<Unicode.Scalar> {
        Set(groups.flatMap(\.unicodeScalars))
    }

    /// Spaces that disappear at a line's edges: the ASCII space and U+3000 (JLReq 3.1.6: the
    /// ideographic space after ？ is not carried to the next line).
    static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\u{3000}"
    }

    /// The break positions (before index `i`) inside dates such as 令和8年11月24日 or the blank
    /// 令和　　年　　月　　日, which forms never break (docs/typesetting.md, "Line breaking").
    static func protectedBreaks(in characters: [Character]) -> Set<Int> {
        var protected = Set<Int>()
        var index = 0
        while index < characters.count {
            let end = dateEnd(in: characters, from: index)
            if end > index + 1 { protected.formUnion(index + 1..<end) }
            index = max(end, index + 1)
        }
        return protected
    }

    /// The end of a date starting at `start` (an era, then numbers or blanks each followed by 年,
    /// 月 or 日), or `start` when there is none.
    private static func dateEnd(in characters: [Character], from start: Int) -> Int {
        var index = start
        if index + 1 < characters.count, eras.contains(where: { $0.first == characters[index] && $0.last == characters[index + 1] }) {
            index += 2
        }
        var end = start, number = false
        while index < characters.count {
            let character = characters[index]
            if character.isNumber || character == "元" || character == "\u{3000}" {
                number = true
            } else if number, "年月日".contains(character) {
                number = false
                end = index + 1
            } else {
                break
            }
            index += 1
        }
        return end
    }

    /// The eras a date may start with, each as its two characters: compared where a date may start, at
    /// every character of a paragraph, without making a string of two characters there.
    private static let eras: [(first: Character, last: Character)] = [("令", "和"), ("平", "成"), ("昭", "和"), ("大", "正"), ("明", "治")]
}
