import Foundation
import FormDisplay

/// What `mcs-forms batch` was asked to do.
public struct BatchOptions: Sendable {
    /// Input files: YAML or JSON (a list of records, or one record per YAML document), `.jsonl`, `.csv`.
    public var inputs: [String]
    /// Where the PDFs, `manifest.json` and `passwords.csv` go; created with mode 0700.
    public var directory: URL
    /// The file name pattern of the PDFs (see `FileNamePattern`).
    public var namePattern: String = FileNamePattern.standard
    /// One more PDF with every printed record in record order.
    public var merge: URL?
    /// In the merged PDF, a blank page after every notice with an odd page count, so each starts on a front side.
    public var duplex = false
    /// Keep the PDFs an earlier run wrote, when they still have the hash its manifest gave them.
    public var resume = false
    /// Fill in missing initial passwords of approved notices, and write them to `passwords.csv`.
    public var generatePasswords = false
    /// The inputs are applications, each printed as the approval notice that answers it.
    public var derivation: BatchDerivation?
    /// A 送付状 before each approval notice, for a window envelope.
    public var coverLetter: CoverLetter?
    /// Another typeface of `Fonts/fonts.yaml` to set the forms in (`ud`).
    public var typeface: String?
    /// The order of the records, their numbers and the print file: as read, or by postal code.
    public var order: BatchOrder = .input
    /// How many records print at once; every core by default.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// An organization profile replacing the default one.
    public var profile: URL?
    /// A folder of templates replacing the shipped ones.
    public var templates: URL?
    public var resources: ResourceLocation = .standard()
    /// Told the records printed and their total after each record (the desk's progress bar); without it
    /// a bar is drawn on standard error when that is a terminal.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// The file of the folder that holds the generated passwords (`passwords.csv`).
    public static let passwordsFileName = PasswordBook.fileName

    public init(inputs: [String], directory: URL) {
        self.inputs = inputs
        self.directory = directory
    }
}
