import Core

/// One record of a batch as read from its input file: the form's input text, or why it could not be read.
///
/// `text` is a self-contained YAML input for `FormPrinter`; problems found in it are placed back in the
/// batch's own input file through `positions`.
struct BatchRecord: Sendable {
    /// 1-based, in input order across all files.
    var index: Int
    var source: String
    /// Where the record starts in `source`.
    var line: Int
    /// The form's input text; nil when the record could not be read (`problems` says why).
    var text: String?
    var problems: [Diagnostic]
    var positions: RecordPositions
    /// The office (or other addressee) for the file name, when the record names one.
    var addressee: String?
    /// The form name given by `form:`, when readable.
    var form: String?
}
