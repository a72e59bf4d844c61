import Foundation

/// The input files of a batch: each file given, and the files of each folder given, in name order.
///
/// A folder gives the files it holds directly (not those of its subfolders) whose extension a batch reads;
/// other files (a PDF printed earlier, a note) are left alone. A path that is neither stays as given, so
/// that reading it reports it.
enum BatchInputFiles {
    /// The extensions a batch reads.
    static let extensions: Set<String> = ["yaml", "yml", "json", "jsonl", "csv"]

    static func expanded(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: input) else { return [input] }
            return names.filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) && !$0.hasPrefix(".") }
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
                .map { input.hasSuffix("/") ? input + $0 : input + "/" + $0 }
        }
    }
}
