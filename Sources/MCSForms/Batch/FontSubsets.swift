import Core
import CHarfBuzzSubset
import Foundation
import FormLayout

/// The faces of the font catalog cut down, once per batch, to the characters the batch prints.
///
/// cairo embeds a subset of every face in every PDF, and reading the whole face for each document is
/// where a PDF's time goes (FreeType walks IPAex's 7.3 MB `glyf` table per document). HarfBuzz's
/// subsetter drops hinting, which PDF viewers do not use, and numbers the kept glyphs anew: a subset
/// of a few thousand glyphs instead of IPAex's 12,000 spares cairo per document the tables and arrays
/// sized by the face's glyph count. Glyphs are shaped with the full faces, so a document drawn with
/// a subset has its glyph ids renumbered. The subsets are files without a name (created in the
/// temporary folder and unlinked at once, read through `/proc/self/fd/N`), so they vanish with the
/// process however it ends: a batch killed with SIGKILL leaves nothing behind. A document is drawn with a subset face only when that subset holds every
/// glyph the document's runs of that face use; otherwise it keeps the full face, so nothing is ever
/// drawn with a missing glyph.
final class FontSubsets: Sendable {
    /// One face cut down: its file, and the new id of each glyph it kept by its id in the whole face.
    struct Subset: Sendable {
        var file: FontFile
        var glyphs: [UInt32: UInt32]
    }

    /// Characters a page may show beyond its values and templates: ASCII, the Japanese punctuation and
    /// kana block, and full-width forms (the layout numbers pages and sheets with them).
    static let baseCharacters: Set<Unicode.Scalar> = {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x3000...0x30FF, 0xFF01...0xFF65]
        return Set(ranges.joined().compactMap(Unicode.Scalar.init))
    }()

    /// Every character a batch may print: the values its forms print (as the display stage writes them:
    /// era dates, 別表 names, ○ marks, whatever JSON escapes the input used), the templates and data
    /// files, and the base set.
    static func characters(printing values: [DisplayValues], templates: URL, _ resources: ResourceLocation, profile: URL?) throws
        -> Set<Unicode.Scalar> {
        var characters = baseCharacters
        for value in values {
            for text in value.fields.values { characters.formUnion(text.unicodeScalars) }
            for row in value.lists.values.joined() {
                for text in row.fields.values { characters.formUnion(text.unicodeScalars) }
            }
        }
        let folders = [templates, resources.data]
        let files = try folders.flatMap { try FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) }
        for file in files + [profile].compactMap({ $0 }) where file.pathExtension != "" {
            characters.formUnion((try? String(contentsOf: file, encoding: .utf8))?.unicodeScalars ?? "".unicodeScalars)
        }
        return characters
    }

    private let subsets: [String: Subset]
    /// The open descriptors of the subsets' nameless files.
    private let descriptors: [Int32]

    /// Cuts every face of `fonts` (face id → file) down to `characters`.
    init(fonts: [String: FontFile], characters: Set<Unicode.Scalar>) throws {
        var subsets: [String: Subset] = [:], descriptors: [Int32] = []
        do {
            for (id, file) in fonts {
                let descriptor = try Self.namelessFile()
                descriptors.append(descriptor)
                subsets[id] = try Self.subset(file, to: characters, writingTo: descriptor)
            }
        } catch {
            descriptors.forEach { close($0) }
            throw error
        }
        self.subsets = subsets
        self.descriptors = descriptors
    }

    deinit { descriptors.forEach { close($0) } }

    /// `layout` drawn with a subset wherever the subset has every glyph that face's runs use, the
    /// runs' glyph ids changed to the subset's.
    func substituted(in layout: LaidOutDocument) -> LaidOutDocument {
        var used: [String: Set<UInt32>] = [:]
        for page in layout.pages {
            for case .text(let run) in page.items { used[run.face, default: []].formUnion(run.glyphs.map(\.id)) }
        }
        var chosen: [String: Subset] = [:]
        for (face, glyphs) in used {
            if let subset = subsets[face], glyphs.allSatisfy({ subset.glyphs[$0] != nil }) { chosen[face] = subset }
        }
        var substituted = layout
        for (face, subset) in chosen { substituted.fontFiles[face] = subset.file }
        for page in substituted.pages.indices {
            for index in substituted.pages[page].items.indices {
                guard case .text(var run) = substituted.pages[page].items[index], let subset = chosen[run.face] else { continue }
                for glyph in run.glyphs.indices { run.glyphs[glyph].id = subset.glyphs[run.glyphs[glyph].id] ?? 0 }
                substituted.pages[page].items[index] = .text(run)
            }
        }
        return substituted
    }

    /// A file created in the temporary folder and unlinked at once: it lives while it is open.
    private static func namelessFile() throws -> Int32 {
        var template = Array((NSTemporaryDirectory() + "/mcs-forms-font.XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw BatchError(.folderUncreatable(NSTemporaryDirectory())) }
        unlink(template)
        return descriptor
    }

    private static func subset(_ file: FontFile, to characters: Set<Unicode.Scalar>, writingTo descriptor: Int32) throws -> Subset {
        let blob = hb_blob_create_from_file(file.path)
        let face = hb_face_create(blob, UInt32(file.index))
        hb_blob_destroy(blob)
        defer { hb_face_destroy(face) }
        guard let input = hb_subset_input_create_or_fail() else { throw BatchError(.fontSubsetFailed(file.path)) }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for character in characters { hb_set_add(unicodes, character.value) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let plan = hb_subset_plan_create_or_fail(face, input) else { throw BatchError(.fontSubsetFailed(file.path)) }
        defer { hb_subset_plan_destroy(plan) }
        let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var glyphs: [UInt32: UInt32] = [:]
        for old in 0..<hb_face_get_glyph_count(face) where hb_map_has(mapping, old) != 0 {
            glyphs[old] = hb_map_get(mapping, old)
        }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { throw BatchError(.fontSubsetFailed(file.path)) }
        defer { hb_face_destroy(subset) }
        let bytes = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(bytes) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(bytes, &length), length > 0 else { throw BatchError(.fontSubsetFailed(file.path)) }
        var written = 0
        while written < Int(length) {
            let count = write(descriptor, data + written, Int(length) - written)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw BatchError(.fontSubsetFailed(file.path)) }
            written += count
        }
        return Subset(file: FontFile(path: "/proc/self/fd/\(descriptor)", index: 0), glyphs: glyphs)
    }
}
