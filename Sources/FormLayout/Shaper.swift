import CHarfBuzz

/// Sets text in a family: chooses a face per grapheme cluster, then shapes each same-face run.
struct Shaper {
    let fonts: FontCatalog

    /// Shapes `text` in `family` (the family's face list, first face first).
    func shape(_ text: String, family: [FontFace]) -> ShapedText {
        let characters = Array(text)
        var missing: [Character] = []
        let faces = characters.map { character -> FontFace in
            if let face = fonts.face(for: character, in: family) { return face }
            missing.append(character)
            return family[0]
        }
        var segments: [ShapedSegment] = []
        var start = 0
        while start < characters.count {
            var end = start + 1
            while end < characters.count, faces[end] === faces[start] { end += 1 }
            segments.append(shapeSegment(characters[start..<end], face: faces[start], firstCharacter: start))
            start = end
        }
        var advances = [Double](repeating: 0, count: characters.count)
        for glyph in segments.flatMap(\.glyphs) { advances[glyph.character] += glyph.advance }
        return ShapedText(
            characters: characters, advances: advances, segments: segments, missing: missing,
            ascent: family[0].ascent, between: Spacing(characters, em: 1, latinGap: false).between)
    }

    private func shapeSegment(_ characters: ArraySlice<Character>, face: FontFace, firstCharacter: Int) -> ShapedSegment {
        let text = String(characters)
        var characterStarts: [Int] = []
        var offset = 0
        for character in characters {
            characterStarts.append(offset)
            offset += character.utf8.count
        }
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        hb_buffer_add_utf8(buffer, text, Int32(text.utf8.count), 0, Int32(text.utf8.count))
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_language(buffer, hb_language_from_string("ja", -1))
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(face.font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)
        let positions = hb_buffer_get_glyph_positions(buffer, &count)
        let em = face.unitsPerEm
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var local = 0
        for index in 0..<Int(count) {
            let info = infos![index], position = positions![index]
            let cluster = Int(info.cluster)
            local = Self.character(starting: cluster, in: characterStarts, from: local)
            glyphs.append(ShapedGlyph(
                id: info.codepoint, advance: Double(position.x_advance) / em,
                offsetX: Double(position.x_offset) / em, offsetY: Double(position.y_offset) / em,
                cluster: cluster, character: firstCharacter + local))
        }
        return ShapedSegment(face: face, text: text, firstCharacter: firstCharacter, glyphs: glyphs)
    }

    /// The index of the character holding UTF-8 offset `cluster`: the last start at or before it. Left to
    /// right, clusters never go back, so the search walks on from the previous glyph's character and the
    /// whole text costs one pass; should a cluster go back, the search starts again from the front.
    static func character(starting cluster: Int, in starts: [Int], from previous: Int) -> Int {
        var index = previous < starts.count && starts[previous] <= cluster ? previous : 0
        while index + 1 < starts.count, starts[index + 1] <= cluster { index += 1 }
        return index
    }
}
