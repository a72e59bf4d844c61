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

    init(_ configuration: DeskConfiguration) throws {
        self.configuration = configuration
        let resources = try configuration.resources.checked()
        printers = try PrinterPool(count: configuration.workers, timeLimit: configuration.printTimeLimit,
                                   queueLimit: configuration.queueLimit) {
            try FormPrinter(resources: resources, profile: configuration.profile, templates: configuration.templates)
        }
        tables = try CodeTables.load(from: resources.data)
        assets = try Dictionary(uniqueKeysWithValues: DeskAssets.names.map { name in
            (name, try Data(contentsOf: resources.deskAssets.appendingPathComponent(name)))
        })
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
