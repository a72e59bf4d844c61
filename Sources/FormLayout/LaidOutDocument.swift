import Core

/// The result of layout: pages of positioned glyph runs and shapes, ready to be drawn.
///
/// Everything is in PDF points with the origin at the page's top-left corner and y growing down.
/// Shaping and line breaking are finished here; a renderer only draws what it is given.
public struct LaidOutDocument: Sendable, Equatable {
    public var pages: [LaidOutPage]
    /// PDF metadata, chosen from the template's conditional texts and filled in.
    public var title: String
    public var subject: String
    public var author: String
    /// The font file of every face id used by the text runs.
    public var fontFiles: [String: FontFile]
    /// How each bound value was fitted into its box, in layout order.
    public var fits: [FieldFit]
    /// The characters of bound values that only a fallback face has, once per value and character.
    public var fallbacks: [FallbackCharacter]

    public init(
        pages: [LaidOutPage], title: String, subject: String, author: String, fontFiles: [String: FontFile],
        fits: [FieldFit] = [], fallbacks: [FallbackCharacter] = []
    ) {
        self.pages = pages
        self.title = title
        self.subject = subject
        self.author = author
        self.fontFiles = fontFiles
        self.fits = fits
        self.fallbacks = fallbacks
    }
}

/// How one bound value was fitted: its design size, and the 長体 scale, size and lines it got.
public struct FieldFit: Sendable, Equatable, Hashable {
    public var path: FieldPath
    /// The size the template asks for, in points.
    public var designSize: Double
    /// The size set, in points.
    public var size: Double
    /// Horizontal scale (長体): 1 when the glyphs are not condensed.
    public var horizontalScale: Double
    public var lines: Int

    public init(path: FieldPath, designSize: Double, size: Double, horizontalScale: Double, lines: Int) {
        self.path = path
        self.designSize = designSize
        self.size = size
        self.horizontalScale = horizontalScale
        self.lines = lines
    }

    /// Whether the value had to be condensed, shrunk or wrapped.
    public var isAdjusted: Bool { horizontalScale < 1 || size < designSize || lines > 1 }
}

/// A character of a bound value set in a face other than its family's first (𠮷 in IPAmj明朝).
public struct FallbackCharacter: Sendable, Equatable, Hashable {
    public var path: FieldPath
    public var character: String
    /// The face id that has it.
    public var face: String

    public init(path: FieldPath, character: String, face: String) {
        self.path = path
        self.character = character
        self.face = face
    }
}

/// A font file on disk and the index of the face inside it (0 unless it is a collection).
public struct FontFile: Sendable, Equatable, Hashable {
    public var path: String
    public var index: Int

    public init(path: String, index: Int = 0) {
        self.path = path
        self.index = index
    }
}

/// One printed page: its size in points and what is drawn on it, in drawing order.
public struct LaidOutPage: Sendable, Equatable {
    /// The id of the page template it was made from.
    public var template: String
    public var width: Double
    public var height: Double
    public var items: [LayoutItem]
    /// Printed on a sheet of its own, its back blank when printing on both sides (`PageTemplate.ownSheet`).
    public var ownSheet: Bool

    public init(template: String, width: Double, height: Double, items: [LayoutItem] = [], ownSheet: Bool = false) {
        self.template = template
        self.width = width
        self.height = height
        self.items = items
        self.ownSheet = ownSheet
    }
}

/// One thing drawn on a page.
public enum LayoutItem: Sendable, Equatable {
    case text(TextRun)
    case line(LineItem)
    case rectangle(RectangleItem)
    case circle(CircleItem)
}

/// A point in PDF points, y down.
public struct Point: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Shaped glyphs of one face and size, with the exact text they show.
///
/// `clusters` maps the glyphs to the UTF-8 bytes of `text` in order (LTR), so that a PDF writer can
/// attach the text to the glyphs and the PDF stays searchable.
public struct TextRun: Sendable, Equatable {
    /// The face id of `Fonts/fonts.yaml` (`ipaexm`).
    public var face: String
    /// Size in points.
    public var size: Double
    /// Horizontal scale of the glyphs (長体): 1, or down to the style's `minScale` (0.8 unless set)
    /// for a value condensed to fit.
    public var horizontalScale: Double
    /// The part of the em box above the baseline, as a fraction of the size (0.88 for IPAex): the
    /// run's em box spans `origin.y - ascent * size` to `origin.y + (1 - ascent) * size`.
    public var ascent: Double
    /// The baseline origin of the run: the pen position before its first glyph.
    public var origin: Point
    public var glyphs: [PositionedGlyph]
    public var text: String
    public var clusters: [TextCluster]
    /// The bound value the text came from, if any (`office.name`, `applicants[3].name`).
    public var path: FieldPath?
    /// The structure elements the run belongs to, outermost first (`Table`, `TR`, `TD`), for a
    /// tagged PDF; empty for marks that are not read (the seal's 印).
    public var structure: [StructureNode] = []
    /// Whether the run is a label spread over its cell (均等割付): its characters stand apart on the
    /// page but read as one word (事業所名), so a renderer keeps its text together.
    public var isSpread = false

    public init(
        face: String, size: Double, horizontalScale: Double = 1, ascent: Double, origin: Point,
        glyphs: [PositionedGlyph], text: String, clusters: [TextCluster], path: FieldPath?
    ) {
        self.face = face
        self.size = size
        self.horizontalScale = horizontalScale
        self.ascent = ascent
        self.origin = origin
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
        self.path = path
    }

    /// The right edge of the run's last glyph advance.
    public var endX: Double {
        glyphs.last.map { $0.position.x + $0.advance } ?? origin.x
    }
}

/// One element of the document's logical structure: its role and an id that tells two adjacent
/// elements of the same role apart.
public struct StructureNode: Sendable, Equatable, Hashable {
    public var role: StructureRole
    public var id: Int

    public init(role: StructureRole, id: Int) {
        self.role = role
        self.id = id
    }
}

/// The roles of the tagged PDF, named by their standard structure types.
public enum StructureRole: String, Sendable, Equatable, Hashable {
    case paragraph = "P"
    case heading1 = "H1", heading2 = "H2", heading3 = "H3"
    case table = "Table", tableRow = "TR", tableHeader = "TH", tableCell = "TD"
    /// Ruby: the base text (RB) and its reading (RT).
    case ruby = "Ruby", rubyBase = "RB", rubyText = "RT"
    /// A mark read by its alternate text: the seal (印).
    case figure = "Figure"

    /// The heading role of `level` (1–3; deeper levels are H3).
    public static func heading(_ level: Int) -> StructureRole {
        switch level {
        case ...1: .heading1
        case 2: .heading2
        default: .heading3
        }
    }
}

/// A glyph id at an absolute baseline position, with its advance (all in points).
public struct PositionedGlyph: Sendable, Equatable {
    public var id: UInt32
    public var position: Point
    public var advance: Double

    public init(id: UInt32, position: Point, advance: Double) {
        self.id = id
        self.position = position
        self.advance = advance
    }
}

/// A run of `byteCount` UTF-8 bytes of a text run shown by `glyphCount` glyphs.
public struct TextCluster: Sendable, Equatable {
    public var byteCount: Int
    public var glyphCount: Int

    public init(byteCount: Int, glyphCount: Int) {
        self.byteCount = byteCount
        self.glyphCount = glyphCount
    }
}

/// A straight line `width` points thick, solid or dashed.
public struct LineItem: Sendable, Equatable {
    public var from: Point
    public var to: Point
    public var width: Double
    public var dashed: Bool

    public init(from: Point, to: Point, width: Double, dashed: Bool = false) {
        self.from = from
        self.to = to
        self.width = width
        self.dashed = dashed
    }
}

/// A rectangle outline with its top-left corner at `origin`.
public struct RectangleItem: Sendable, Equatable {
    public var origin: Point
    public var width: Double
    public var height: Double
    public var lineWidth: Double

    public init(origin: Point, width: Double, height: Double, lineWidth: Double) {
        self.origin = origin
        self.width = width
        self.height = height
        self.lineWidth = lineWidth
    }
}

/// A circle outline.
public struct CircleItem: Sendable, Equatable {
    public var center: Point
    public var radius: Double
    public var lineWidth: Double

    public init(center: Point, radius: Double, lineWidth: Double) {
        self.center = center
        self.radius = radius
        self.lineWidth = lineWidth
    }
}
