import Core
import FormInput

extension MappingReader {
    /// A length in millimetres at `key` (a template's positions, sizes and rule weights).
    func millimetres(_ key: String) -> Millimetres? { number(key).map(Millimetres.init) }

    /// A size in points at `key` (a font size).
    func points(_ key: String) -> Points? { number(key).map(Points.init) }

    /// A length in ems at `key` (an indent).
    func ems(_ key: String) -> Ems? { number(key).map(Ems.init) }

    /// A required length in millimetres at `key`.
    func requiredMillimetres(_ key: String) -> Millimetres? { required(key)?.number().map(Millimetres.init) }
}
