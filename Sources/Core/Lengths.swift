/// A length in millimetres: what templates place and size elements in.
public struct Millimetres: Length {
    public var value: Double

    public init(_ value: Double) {
        self.value = value
    }

    /// The same length in points.
    public var points: Points { Points(value * Points.perMillimetre) }
}

/// A length in points (1/72 inch): what fonts are sized in and the PDF and the layout measure in.
public struct Points: Length {
    public var value: Double

    public init(_ value: Double) {
        self.value = value
    }

    /// Points in a millimetre.
    public static let perMillimetre = 72.0 / 25.4

    /// The same length in millimetres.
    public var millimetres: Millimetres { Millimetres(value / Self.perMillimetre) }
}

/// A length in ems, relative to a font size: what indents and spacing are given in.
public struct Ems: Length {
    public var value: Double

    public init(_ value: Double) {
        self.value = value
    }

    /// The length at font size `size`.
    public func at(_ size: Points) -> Points { Points(value * size.value) }
}

/// What millimetres, points and ems share: arithmetic within one unit only, so that a length in one
/// unit can never be handed where another is meant (as typst's `Abs` and `Em`).
public protocol Length: Hashable, Sendable, Comparable, AdditiveArithmetic, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, CustomStringConvertible {
    var value: Double { get set }
    init(_ value: Double)
}

extension Length {
    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value)) }
    public static var zero: Self { Self(0) }
    public static func + (lhs: Self, rhs: Self) -> Self { Self(lhs.value + rhs.value) }
    public static func - (lhs: Self, rhs: Self) -> Self { Self(lhs.value - rhs.value) }
    public static func * (lhs: Self, rhs: Double) -> Self { Self(lhs.value * rhs) }
    public static func * (lhs: Double, rhs: Self) -> Self { Self(lhs * rhs.value) }
    public static func / (lhs: Self, rhs: Double) -> Self { Self(lhs.value / rhs) }
    /// How many times `rhs` goes into `lhs`.
    public static func / (lhs: Self, rhs: Self) -> Double { lhs.value / rhs.value }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
    public static prefix func - (length: Self) -> Self { Self(-length.value) }
    public var description: String { "\(value)" }
}

/// The length without its sign.
public func abs<L: Length>(_ length: L) -> L { L(Swift.abs(length.value)) }
