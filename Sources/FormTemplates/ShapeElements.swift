/// A straight line from `(x1, y1)` to `(x2, y2)`, `weight` millimetres thick; write-in blanks are rules.
public struct RuleElement: Decodable, Sendable, Equatable {
    public var x1: Double
    public var y1: Double
    public var x2: Double
    public var y2: Double
    public var weight: Double
    public var dashed: Bool

    enum CodingKeys: String, CodingKey { case x1, y1, x2, y2, weight, dashed }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x1 = try container.decode(Double.self, forKey: .x1)
        y1 = try container.decode(Double.self, forKey: .y1)
        x2 = try container.decode(Double.self, forKey: .x2)
        y2 = try container.decode(Double.self, forKey: .y2)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 0.2
        dashed = try container.decodeIfPresent(Bool.self, forKey: .dashed) ?? false
    }
}

/// A rectangle outline with its top-left at `(x, y)`.
public struct BoxElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var weight: Double

    enum CodingKeys: String, CodingKey { case x, y, width, height, weight }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decodeIfPresent(Double.self, forKey: .x) ?? 0
        y = try container.decodeIfPresent(Double.self, forKey: .y) ?? 0
        width = try container.decode(Double.self, forKey: .width)
        height = try container.decode(Double.self, forKey: .height)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 0.3
    }
}

/// The seal mark: the character 印 centred in a circle of `diameter` millimetres whose centre is `(x, y)`.
public struct SealElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var diameter: Double
    public var style: TextStyle

    enum CodingKeys: String, CodingKey { case x, y, diameter }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decode(Double.self, forKey: .x)
        y = try container.decode(Double.self, forKey: .y)
        diameter = try container.decodeIfPresent(Double.self, forKey: .diameter) ?? 6
        style = try TextStyle(from: decoder)
    }
}
