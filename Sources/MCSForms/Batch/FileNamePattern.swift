import Foundation

/// The file names of a batch's PDFs, from a pattern such as `{index}-{office}` (the default).
///
/// Placeholders: `{index}` (zero-padded to at least 4 digits), `{office}` (the addressed office, or the
/// form's name when there is none), `{form}`, `{source}` (the input file's name without extension) and
/// `{line}`. Names are made safe for any file system: characters that Windows, macOS or Linux refuse
/// (`/ \ : * ? " < > |`, control characters) become `_`, leading and trailing dots and spaces go,
/// reserved device names (CON, NUL, COM1 …) get a `_`, and a name is cut to 200 UTF-8 bytes before
/// `.pdf`. Two records that would get the same name (ignoring case) are told apart by their index.
struct FileNamePattern: Sendable {
    static let standard = "{index}-{office}"
    var pattern: String

    init(_ pattern: String = standard) {
        self.pattern = pattern
    }

    /// The file name of every record, in order, all different.
    func names(for records: [BatchRecord], total: Int) -> [String] {
        let width = max(4, String(total).count)
        var taken = Set<String>()
        return records.map { record in
            let index = String(repeating: "0", count: max(0, width - String(record.index).count)) + String(record.index)
            var name = Self.safe(fill(record, index: index))
            if !taken.insert(name.lowercased()).inserted {
                name = Self.safe("\(name)-\(index)")
                taken.insert(name.lowercased())
            }
            return name + ".pdf"
        }
    }

    private func fill(_ record: BatchRecord, index: String) -> String {
        let form = record.form ?? "form"
        let source = record.source.split(separator: "/").last.map { $0.split(separator: ".").first.map(String.init) ?? "" } ?? ""
        return pattern
            .replacingOccurrences(of: "{index}", with: index)
            .replacingOccurrences(of: "{office}", with: record.addressee ?? form)
            .replacingOccurrences(of: "{form}", with: form)
            .replacingOccurrences(of: "{source}", with: source)
            .replacingOccurrences(of: "{line}", with: String(record.line))
    }

    /// `name` made safe for FAT, NTFS, APFS and ext4.
    static func safe(_ name: String) -> String {
        let forbidden = Set("/\\:*?\"<>|".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let bad = forbidden.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F
            scalars.append(bad ? "_" : scalar)
        }
        var safe = String(scalars).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        while safe.utf8.count > 200 { safe.removeLast() }
        let stem = safe.split(separator: ".").first.map { $0.uppercased() } ?? ""
        let reserved = ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] }
        if safe.isEmpty || reserved.contains(stem) { safe += "_" }
        return safe
    }
}
