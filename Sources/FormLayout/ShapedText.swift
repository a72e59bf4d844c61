/// A text shaped in one family, measured in ems (multiply by the size in points).
///
/// The text is split into grapheme clusters (`Character`, so a base and its variation selector
/// stay together), each set in one face; consecutive clusters of one face form a segment that
/// HarfBuzz shaped as a whole.
struct ShapedText {
    var characters: [Character]
    /// The advance of each character in ems.
    var advances: [Double]
    var segments: [ShapedSegment]
    /// The characters that no face of the family has.
    var missing: [Character]
    /// The ascent of the family's first face: where the baseline sits in the em box.
    var ascent: Double
    /// The space between character `i` and `i + 1` on one line, in ems, without 和欧間: the spacing of
    /// punctuation (`Spacing`), worked out once with the shape (a form's fixed wording is shaped once
    /// per layout engine, and set again for every document).
    var between: [Double]

    /// The natural width in ems.
    var width: Double { advances.reduce(0, +) }
}

/// Consecutive characters set in one face, with HarfBuzz's glyphs for them.
struct ShapedSegment {
    var face: FontFace
    var text: String
    /// The index of the segment's first character in the whole text.
    var firstCharacter: Int
    var glyphs: [ShapedGlyph]
}

/// One glyph in ems, with its UTF-8 cluster offset in the segment's text and its character index
/// in the whole text.
struct ShapedGlyph {
    var id: UInt32
    var advance: Double
    var offsetX: Double
    var offsetY: Double
    var cluster: Int
    var character: Int
}

extension ShapedText {
    /// The width in ems as set on one line: the advances with the spacing between punctuation.
    var setWidth: Double {
        width + between.reduce(0, +)
    }
}
