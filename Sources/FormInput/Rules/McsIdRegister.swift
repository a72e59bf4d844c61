import Core
import FormModels

/// Remembers the MCS IDs of one document's list, so that the same ID written twice (ignoring letter case)
/// is reported at its second place, naming the row of its first.
final class McsIdRegister {
    private var firstRows: [String: FieldPath] = [:]

    func check(_ mcsId: String, at value: ValueReader) {
        let key = mcsId.lowercased()
        if let firstRow = firstRows[key] {
            value.report(.duplicateMcsId(value.shown(mcsId), first: "\(firstRow)"))
        } else {
            firstRows[key] = FieldPath(Array(value.path.components.dropLast()))
        }
    }
}
