/// Millimetres and points: templates speak millimetres, PDF speaks points.
enum Units {
    static let pointsPerMillimetre = 72.0 / 25.4

    static func points(_ millimetres: Double) -> Double { millimetres * pointsPerMillimetre }

    static func millimetres(_ points: Double) -> Double { points / pointsPerMillimetre }
}

/// A rectangle in points, y down: where text is placed.
struct Box {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    /// The box of a template rectangle given in millimetres.
    static func millimetres(x: Double, y: Double, width: Double, height: Double) -> Box {
        Box(x: Units.points(x), y: Units.points(y), width: Units.points(width), height: Units.points(height))
    }

    /// The box less `horizontal` points on the left and right.
    func inset(horizontal: Double) -> Box {
        Box(x: x + horizontal, y: y, width: max(0, width - 2 * horizontal), height: height)
    }
}
