import Core

/// A rectangle in points, y down: where text is placed.
struct Box {
    var x: Points
    var y: Points
    var width: Points
    var height: Points

    /// The box of a template rectangle given in millimetres.
    static func millimetres(x: Millimetres, y: Millimetres, width: Millimetres, height: Millimetres) -> Box {
        Box(x: x.points, y: y.points, width: width.points, height: height.points)
    }

    /// The box less `horizontal` on the left and right.
    func inset(horizontal: Points) -> Box {
        Box(x: x + horizontal, y: y, width: max(0, width - 2 * horizontal), height: height)
    }
}
