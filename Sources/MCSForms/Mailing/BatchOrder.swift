import FormModels

/// The order in which a batch numbers its records and merges them into the print file.
public enum BatchOrder: String, Sendable, CaseIterable {
    /// As the inputs give them.
    case input
    /// By the office's postal code, then its name, as the post office takes a bundle of letters sorted
    /// by destination (`--sort postalCode`). Records without a postal code follow, then those that did
    /// not read, each in input order.
    case postalCode

    /// `records` in this order, numbered again from 1; each keeps its source file and line.
    func arranged(_ records: [BatchRecord]) -> [BatchRecord] {
        guard self == .postalCode else { return records }
        let sorted = records.enumerated().sorted { left, right in
            let (a, b) = (Self.key(left.element), Self.key(right.element))
            return a != b ? Self.precedes(a, b) : left.offset < right.offset
        }
        return sorted.enumerated().map { position, entry in
            var record = entry.element
            record.index = position + 1
            return record
        }
    }

    /// What a record sorts by: whether it read and has a postal code, the code's digits, the office.
    private static func key(_ record: BatchRecord) -> [String] {
        guard let document = record.document else { return ["2"] }
        guard case .approval(let notice) = document.form, let code = notice.office.postalCode else { return ["1"] }
        return ["0", code.filter(\.isASCII).filter(\.isNumber), notice.office.name ?? ""]
    }

    private static func precedes(_ a: [String], _ b: [String]) -> Bool {
        a.lexicographicallyPrecedes(b) { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}
