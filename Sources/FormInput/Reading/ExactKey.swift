/// Mapping keys are compared byte for byte, never as canonically equivalent strings: `ｏffice` or a
/// decomposed `é` is another key than the one a form knows, and is reported as unknown.
enum ExactKey {
    /// Whether two keys are written with the same UTF-8 bytes.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }
}
