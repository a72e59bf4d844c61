/// A ruled table: a header row, then one row per item of a list, padded with empty rows.
///
/// `rows` names a list of the display values. On a page that repeats over the same list, the table
/// shows only that page's rows. `minRows` pads with empty rows (blank forms, fixed grids). `groups`
/// sets the columns side by side that many times and splits the rows between them (別表 in two
/// columns). Cell text is fitted like a field: it shrinks to `minSize`, wraps if `wrap`, else fails.
public struct TableElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var rows: String
    public var minRows: Int
    public var headerHeight: Double
    public var rowHeight: Double
    public var groups: Int
    public var columns: [TableColumn]
    /// Weight of the inner rules and of the outer frame, in millimetres.
    public var ruleWeight: Double
    public var frameWeight: Double
    /// Style of the body cells; columns may override font, size and alignment.
    public var style: TextStyle
    public var headerStyle: TextStyle

    enum CodingKeys: String, CodingKey {
        case x, y, rows, minRows, headerHeight, rowHeight, groups, columns, ruleWeight, frameWeight, header
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decodeIfPresent(Double.self, forKey: .x) ?? 0
        y = try container.decodeIfPresent(Double.self, forKey: .y) ?? 0
        rows = try container.decode(String.self, forKey: .rows)
        minRows = try container.decodeIfPresent(Int.self, forKey: .minRows) ?? 0
        headerHeight = try container.decode(Double.self, forKey: .headerHeight)
        rowHeight = try container.decode(Double.self, forKey: .rowHeight)
        groups = try container.decodeIfPresent(Int.self, forKey: .groups) ?? 1
        columns = try container.decode([TableColumn].self, forKey: .columns)
        ruleWeight = try container.decodeIfPresent(Double.self, forKey: .ruleWeight) ?? 0.15
        frameWeight = try container.decodeIfPresent(Double.self, forKey: .frameWeight) ?? 0.4
        style = try TextStyle(from: decoder)
        headerStyle = try container.decodeIfPresent(TextStyle.self, forKey: .header)
            ?? TextStyle(font: style.font, size: style.size, align: .center)
    }
}

/// One column of a table.
///
/// `font`, `size`, `minSize`, `minScale` and `align` override the table's style for the column.
/// `bind` names the row key shown in the cell; `number` prints the row's running number instead
/// (1, 2, … numbered on across sheets, padding rows included). `above` names a row key printed
/// small above the value in the same cell (furigana). A column whose condition fails is left out,
/// and its width goes to the other columns in proportion.
public struct TableColumn: Decodable, Sendable, Equatable {
    public var width: Double
    public var header: String
    public var bind: String?
    public var number: Bool
    public var above: String?
    public var wrap: Bool
    public var condition: Condition
    public var font: String?
    public var size: Double?
    public var minSize: Double?
    public var minScale: Double?
    public var align: HorizontalAlignment?

    enum CodingKeys: String, CodingKey {
        case width, header, bind, number, above, wrap, font, size, minSize, minScale, align
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        width = try container.decode(Double.self, forKey: .width)
        header = try container.decodeIfPresent(String.self, forKey: .header) ?? ""
        bind = try container.decodeIfPresent(String.self, forKey: .bind)
        number = try container.decodeIfPresent(Bool.self, forKey: .number) ?? false
        above = try container.decodeIfPresent(String.self, forKey: .above)
        wrap = try container.decodeIfPresent(Bool.self, forKey: .wrap) ?? false
        condition = try Condition(from: decoder)
        font = try container.decodeIfPresent(String.self, forKey: .font)
        size = try container.decodeIfPresent(Double.self, forKey: .size)
        minSize = try container.decodeIfPresent(Double.self, forKey: .minSize)
        minScale = try container.decodeIfPresent(Double.self, forKey: .minScale)
        align = try container.decodeIfPresent(HorizontalAlignment.self, forKey: .align)
    }
}
