import Core
import CFreeType
import Foundation
import FormLayout

/// A FreeType face read from a private, copy-on-write mapping of its font file, with the tables
/// `hidden` renamed in the mapping only (the file and every other reader of it are untouched).
///
/// Freed, face first and mapping second, when the last of its holders lets go: the renderer's
/// `RendererFont` and cairo's font cache each hold it.
final class MappedFace {
    let face: FT_Face
    private let mapping: UnsafeMutableRawBufferPointer

    init(library: FT_Library, file: FontFile, hidden: [String]) throws(RenderError) {
        let descriptor = open(file.path, O_RDONLY)
        guard descriptor >= 0 else { throw RenderError(.fontFileUnopenable(file: file.path, face: nil)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0,
              let base = mmap(nil, Int(status.st_size), PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, 0),
              base != MAP_FAILED
        else { throw RenderError(.fontFileUnreadable(file: file.path, face: nil)) }
        let mapping = UnsafeMutableRawBufferPointer(start: base, count: Int(status.st_size))
        var directory = FontTableDirectory(bytes: mapping, faceIndex: file.index)
        directory?.hide(hidden)
        var opened: FT_Face?
        guard directory != nil,
              FT_New_Memory_Face(library, mapping.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                 FT_Long(mapping.count), FT_Long(file.index), &opened) == 0,
              let face = opened
        else {
            munmap(base, mapping.count)
            throw RenderError(.fontFileUnopenable(file: file.path, face: nil))
        }
        self.face = face
        self.mapping = mapping
    }

    deinit {
        FT_Done_Face(face)
        munmap(mapping.baseAddress, mapping.count)
    }
}
