import Core
import FormModels

/// One record of a batch, read from its input file and checked: the form it decodes to, or why it
/// could not be read.
///
/// Problems are placed in the batch's own input file (`positions`) and already redacted, so they can
/// be shown as they are.
struct BatchRecord: Sendable {
    /// 1-based, in input order across all files.
    var index: Int
    var source: String
    /// Where the record starts in `source`.
    var line: Int
    /// The form; nil when the record could not be read or is not valid (`problems` says why).
    var document: FormDocument?
    var problems: [Diagnostic]
    var positions: RecordPositions
    /// The office (or other addressee) for the file name, when the record names one.
    var addressee: String?
    /// The form name given by `form:`, when readable.
    var form: String?
    /// The passwords the batch generated for this record's users.
    var generatedPasswords: [PasswordBook.Entry] = []
    /// The hash of everything the record's PDF depends on: its input with passwords, and the settings.
    var inputHash: String?
}
