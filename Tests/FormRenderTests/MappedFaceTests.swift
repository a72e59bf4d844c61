import CFreeType
import Foundation
@testable import FormRender
import FormLayout
import Testing

/// The renderer's faces: `cmap` and `post` renamed in a private mapping, every glyph still there,
/// the file on disk untouched.
@Suite struct MappedFaceTests {
    let mincho = testFonts.fontFiles["ipaexm"]!

    @Test func hiddenTablesAreRenamedAndNothingElseChanges() throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: mincho.path)))
        var copy = original
        copy.withUnsafeMutableBytes { bytes in
            guard var directory = FontTableDirectory(bytes: bytes, faceIndex: 0) else { Issue.record("no directory"); return }
            #expect(directory.records["cmap"] != nil && directory.records["post"] != nil)
            directory.hide(["cmap", "post", "none"])
            #expect(directory.records["cmap"] == nil && directory.records["post"] == nil)
            #expect(directory.records["Cmap"] != nil && directory.records["Post"] != nil && directory.records["glyf"] != nil)
        }
        let directory = 12 + 16 * (Int(original[4]) << 8 | Int(original[5]))
        #expect(zip(copy[..<directory], original[..<directory]).filter { $0 != $1 }.count == 2)  // a letter of each tag
        #expect(Data(copy[directory...]) == Data(original[directory...]))
    }

    @Test func bytesThatAreNoFontHaveNoDirectory() {
        var bytes = Array("not a font, not even twelve bytes of one".utf8.prefix(10))
        bytes.withUnsafeMutableBytes { #expect(FontTableDirectory(bytes: $0, faceIndex: 0) == nil) }
        var collection = Array("ttcf".utf8) + [0, 1, 0, 0, 0, 0, 0, 1]
        collection.withUnsafeMutableBytes { #expect(FontTableDirectory(bytes: $0, faceIndex: 3) == nil) }
    }

    @Test func mappedFaceHasEveryGlyphButNoCharmap() throws {
        var opened: FT_Library?
        #expect(FT_Init_FreeType(&opened) == 0)
        let library = try #require(opened)
        var whole: FT_Face?
        #expect(FT_New_Face(library, mincho.path, 0, &whole) == 0)
        defer { FT_Done_Face(whole) }
        let mapped = try MappedFace(library: library, file: mincho, hidden: RendererFont.hiddenTables)
        #expect(mapped.face.pointee.num_charmaps == 0)
        #expect(try #require(whole).pointee.num_charmaps > 0)
        #expect(mapped.face.pointee.num_glyphs == whole!.pointee.num_glyphs)
        #expect(throws: RenderError.self) {
            _ = try MappedFace(library: library, file: FontFile(path: "/nonexistent.ttf", index: 0), hidden: [])
        }
    }
}
