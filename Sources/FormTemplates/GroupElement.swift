/// Elements drawn together in a frame of fixed height: a signature grid, a framed box with its
/// field, a contact block.
///
/// The children's positions are relative to the group's top-left corner `(x, y)`. Inside a flow the
/// group is placed below the previous child like any other and takes `height` millimetres.
public struct GroupElement: Decodable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var height: Double
    public var children: [Element]

    enum CodingKeys: String, CodingKey { case x, y, height, children }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        x = try container.decodeIfPresent(Double.self, forKey: .x) ?? 0
        y = try container.decodeIfPresent(Double.self, forKey: .y) ?? 0
        height = try container.decode(Double.self, forKey: .height)
        children = try container.decode([Element].self, forKey: .children)
    }
}
