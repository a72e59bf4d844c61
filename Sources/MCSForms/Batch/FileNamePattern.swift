import Foundation

/// The file names of a batch's PDFs, from a pattern such as `{index}-{office}` (the default).
///
/// Placeholders: `{index}` (zero-padded to at least 4 digits), `{office}` (the addressed office, or the
/// form's name when there is none), `{form}`, `{source}` (the input file's name without extension) and
/// `{line}`. Names are made safe for any file system: characters that Windows, macOS or Linux refuse
/// (`/ \ : * ? " < > |`, control characters) become `_`, leading and trailing dots and spaces go, and
/// Windows' reserved device names (CON, NUL, COM1, COM¹, LPT1, CONIN$ …, with any extension) get a `_`.
/// A name longer than 200 UTF-8 bytes is shortened in its office and source, so the rest of the
/// pattern (the index) survives. Names are unique ignoring case, checked after every change: a record
/// whose name is taken gets `-INDEX` (and `-INDEX-2` …) added, shortened to fit as well.
struct FileNamePattern: Sendable {
    static let standard = "{index}-{office}"
    static let maximumBytes = 200
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
            var name = fitted(record, index: index, suffix: "")
            var attempt = 1
            while !taken.insert(name.lowercased()).inserted {
                attempt += 1
                name = fitted(record, index: index, suffix: attempt == 2 ? "-\(index)" : "-\(index)-\(attempt - 1)")
            }
            return name + ".pdf"
        }
    }

    /// The record's safe name with `suffix`, its office and source shortened until it fits.
    private func fitted(_ record: BatchRecord, index: String, suffix: String) -> String {
        var office = String((record.addressee ?? record.form ?? "form").prefix(Self.maximumBytes))
        var source = String(URL(fileURLWithPath: record.source).deletingPathExtension().lastPathComponent.prefix(Self.maximumBytes))
        while true {
            let name = Self.sanitized(fill(record, index: index, office: office, source: source)) + suffix
            if name.utf8.count <= Self.maximumBytes || (office.isEmpty && source.isEmpty) {
                return Self.safe(Self.cut(name, to: Self.maximumBytes - suffix.utf8.count, keeping: suffix))
            }
            if !office.isEmpty { office.removeLast() } else { source.removeLast() }
        }
    }

    private func fill(_ record: BatchRecord, index: String, office: String, source: String) -> String {
        pattern
            .replacingOccurrences(of: "{index}", with: index)
            .replacingOccurrences(of: "{office}", with: office)
            .replacingOccurrences(of: "{form}", with: record.form ?? "form")
            .replacingOccurrences(of: "{source}", with: source)
            .replacingOccurrences(of: "{line}", with: String(record.line))
    }

    /// `name` cut to `bytes` UTF-8 bytes before its `suffix`.
    private static func cut(_ name: String, to bytes: Int, keeping suffix: String) -> String {
        var stem = String(name.dropLast(suffix.count))
        while stem.utf8.count > max(0, bytes) { stem.removeLast() }
        return stem + suffix
    }

    /// `name` made safe for FAT, NTFS, APFS and ext4.
    static func safe(_ name: String) -> String {
        var safe = sanitized(name)
        while safe.utf8.count > maximumBytes { safe.removeLast() }
        if safe.isEmpty { return "_" }
        let stem = safe.prefix { $0 != "." }
        if reservedNames.contains(stem.trimmingCharacters(in: .whitespaces).uppercased()) {
            safe.insert("_", at: stem.endIndex)
        }
        return safe
    }

    /// `name` with every character a file system refuses made `_`, without dots and spaces at its ends.
    private static func sanitized(_ name: String) -> String {
        let forbidden = Set("/\\:*?\"<>|".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let bad = forbidden.contains(scalar) || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(bad ? "_" : scalar)
        }
        return String(scalars).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    }

    /// Windows' device names, which no file may have whatever its extension (`CON.pdf`, `com1.tar.pdf`).
    static let reservedNames: Set<String> = {
        let numbered = ["COM", "LPT"].flatMap { device in
            (Array(0...9).map(String.init) + ["¹", "²", "³"]).map { device + $0 }
        }
        return Set(["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"] + numbered)
    }()
}
