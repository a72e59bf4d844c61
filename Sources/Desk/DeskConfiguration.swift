import Foundation
import MCSForms

/// How the desk runs: where it listens, what it prints with, and how much it takes on.
public struct DeskConfiguration: Sendable {
    public var host: String
    /// The port; 0 for any free one (the address printed at start says which).
    public var port: Int
    /// The organization profile and the templates instead of the shipped ones.
    public var profile: URL?
    public var templates: URL?
    /// Where the program's data is.
    public var resources: ResourceLocation
    /// How many forms are printed at once: one printer per worker.
    public var workers: Int
    /// How many requests may wait for a printer before the desk answers 503.
    public var queueLimit = 64
    /// How long one print may take before the desk answers 503.
    public var printTimeLimit: Duration = .seconds(30)
    /// The largest request body: an input file's limit, with room for a browser's form encoding.
    public var bodyLimit = standardBodyLimit
    public static let standardBodyLimit = 8 << 20
    /// The largest file of the batch page: the batch's own bound for one file.
    public var batchBodyLimit = 256 << 20
    /// The folder under which this desk keeps its batches (one folder per running desk, emptied at start).
    public var batchFolder = FileManager.default.temporaryDirectory.appendingPathComponent("mcs-forms-desk-\(getuid())", isDirectory: true)
    /// Whether each request is written to standard error (one line, no values).
    public var logsRequests = true
    /// The accounts that may sign in (`NAME:BCRYPT` lines, 0600); nil for a desk on this computer only.
    public var accountsFile: URL?
    /// The certificate chain and private key (PEM) to serve HTTPS with.
    public var tlsCertificate: URL?
    public var tlsKey: URL?

    /// Whether the desk listens on this computer only.
    public var listensOnLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    public init(host: String = "127.0.0.1", port: Int = 8080, profile: URL? = nil, templates: URL? = nil,
                resources: ResourceLocation = .standard(), workers: Int? = nil) {
        self.host = host
        self.port = port
        self.profile = profile
        self.templates = templates
        self.resources = resources
        self.workers = workers ?? ProcessInfo.processInfo.activeProcessorCount
    }
}
