import Foundation
import FormModels

/// What a batch's PDF depends on, hashed, so that `--resume` keeps a PDF only when nothing it was made
/// from has changed since: the record's decoded input (passwords included) and the run's settings (the
/// organization profile, the templates, the 別表 data, the font list, the cover letter, the typeface).
///
/// The hash is SHA-256 over the record's values in a canonical form of their own (`canonical`) after the
/// settings' own hash; it is kept in the manifest, which lies in the batch's private folder beside the
/// PDFs themselves.
enum RecordHash {
    /// The hash of the files every record of a run is printed with.
    static func settings(of options: BatchOptions) throws -> String {
        let resources = options.resources
        let folders = [options.templates ?? resources.templates, resources.data]
        var files = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
        }
        files += [options.profile ?? resources.defaultProfile, resources.fontManifest]
        var data = Data(options.coverLetter.map { $0.envelopeGuide ? "cover letter with guide" : "cover letter" }?.utf8 ?? "".utf8) + [0]
        data += Data((options.typeface ?? "").utf8) + [0]
        for file in files {
            data += Data(file.lastPathComponent.utf8) + [0]
            data += (try? Data(contentsOf: file)) ?? Data()
            data += [0]
        }
        return FileHash.sha256(of: data)
    }

    /// The hash of one record printed with `settings`.
    static func of(_ document: FormDocument, settings: String) -> String {
        var bytes = Array("\(settings)\0\(document.kind.rawValue)\0".utf8)
        canonical(document.values, into: &bytes)
        return FileHash.sha256(of: Data(bytes))
    }

    /// The values as bytes that tell any two different values apart: each value tagged with its kind,
    /// text with its length, keys in order. Written by hand rather than with a sorted-keys JSONEncoder,
    /// which cost a batch 2 % of its time per notice (`make bench`, perf) for the same distinction.
    static func canonical(_ values: ContractValues, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        for key in values.entries.keys.sorted() {
            text(key, into: &bytes)
            canonical(values.entries[key]!, into: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private static func canonical(_ value: ContractValue, into bytes: inout [UInt8]) {
        switch value {
        case .text(let value):
            bytes.append(UInt8(ascii: "t"))
            text(value, into: &bytes)
        case .secret(let secret):
            bytes.append(UInt8(ascii: "s"))
            text(secret.value, into: &bytes)
        case .date(let date):
            bytes += Array("d\(date.year)-\(date.month)-\(date.day);".utf8)
        case .flag(let flag):
            bytes += Array((flag ? "f1" : "f0").utf8)
        case .code(let number):
            bytes += Array("c\(number);".utf8)
        case .group(let values):
            bytes.append(UInt8(ascii: "g"))
            canonical(values, into: &bytes)
        case .list(let items):
            bytes += Array("l\(items.count);".utf8)
            for item in items { canonical(item, into: &bytes) }
        }
    }

    /// A text as its length in bytes and its UTF-8.
    private static func text(_ text: String, into bytes: inout [UInt8]) {
        bytes += Array("\(text.utf8.count):".utf8)
        bytes += Array(text.utf8)
    }
}
