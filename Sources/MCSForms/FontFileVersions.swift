import CFreeType
import Foundation

/// Reads, with one FreeType library, the version of FreeType itself and of font files: the font
/// revision of a face's `head` table (`4.01` for IPAex明朝 004.01).
final class FontFileVersions {
    private let library: FT_Library?

    init() {
        var library: FT_Library?
        self.library = FT_Init_FreeType(&library) == 0 ? library : nil
    }

    deinit {
        if let library { FT_Done_FreeType(library) }
    }

    /// `major.minor.patch` of the FreeType linked in; nil when FreeType could not start.
    var freeTypeVersion: String? {
        guard let library else { return nil }
        var major: FT_Int = 0, minor: FT_Int = 0, patch: FT_Int = 0
        FT_Library_Version(library, &major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }

    /// The font revision of face `index` of the file, nil when FreeType cannot read it as a font
    /// with a `head` table.
    func revision(ofFile path: String, index: Int) -> String? {
        var face: FT_Face?
        guard let library, FT_New_Face(library, path, FT_Long(index), &face) == 0, let face else { return nil }
        defer { FT_Done_Face(face) }
        guard let head = FT_Get_Sfnt_Table(face, FT_SFNT_HEAD)?.assumingMemoryBound(to: TT_Header.self) else { return nil }
        return Self.decimal(fixed: Int(head.pointee.Font_Revision))
    }

    /// A 16.16 fixed-point number to three decimals, without trailing zeros past the second:
    /// 0x0004_028F → `4.01`, 0x0002_5EB8 → `2.37`, 0x0001_0000 → `1.00`.
    static func decimal(fixed: Int) -> String {
        var text = String(format: "%.3f", Double(fixed) / 65536)
        if text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
