import Foundation
import FormInput
import FormModels
import MCSForms

/// What every request of the desk shares: the printers, the 別表 the pages choose codes from, and the
/// desk's style sheet and script, all read once at start (a desk whose data is missing does not start).
final class DeskResources: Sendable {
    let configuration: DeskConfiguration
    let printers: PrinterPool
    let tables: CodeTables
    /// The files under `/assets/` by name.
    let assets: [String: Data]
    let batches: BatchJobs

    init(_ configuration: DeskConfiguration) throws {
        self.configuration = configuration
        let resources = try configuration.resources.checked()
        printers = try PrinterPool(count: configuration.workers, timeLimit: configuration.printTimeLimit,
                                   queueLimit: configuration.queueLimit) { typeface in
            try FormPrinter(resources: resources, profile: configuration.profile, templates: configuration.templates, typeface: typeface)
        }
        tables = try CodeTables.load(from: resources.data)
        batches = try BatchJobs(root: try DeskResources.batchRoot(in: configuration.batchFolder)) { inputs, folder in
            var options = BatchOptions(inputs: inputs, directory: folder)
            options.profile = configuration.profile
            options.templates = configuration.templates
            options.resources = resources
            options.workers = configuration.workers
            return options
        }
        assets = try Dictionary(uniqueKeysWithValues: DeskAssets.names.map { name in
            (name, try Data(contentsOf: resources.deskAssets.appendingPathComponent(name)))
        })
    }
}

extension DeskResources {
    /// This desk's batch folder (`FOLDER/PID-N`, private), after removing those of desks no longer
    /// running (whatever a desk that was stopped left behind).
    static func batchRoot(in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            if let pid = name.split(separator: "-").first.flatMap({ pid_t($0) }), pid == getpid() || kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        return folder.appendingPathComponent("\(getpid())-\(UUID().uuidString)", isDirectory: true)
    }
}

/// The desk's own files, served under `/assets/`.
enum DeskAssets {
    static let names = ResourceLocation.deskAssetNames

    static func contentType(of name: String) -> String {
        switch name.split(separator: ".").last {
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        default: "text/javascript; charset=utf-8"
        }
    }
}
