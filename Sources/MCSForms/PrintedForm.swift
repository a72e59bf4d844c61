import Core
import Foundation
import FormLayout
import FormModels

/// One printed form: what went into it and the PDF that came out.
public struct PrintedForm: Sendable {
    public var kind: FormKind
    /// The display values the template was filled with.
    public var values: DisplayValues
    /// The laid-out pages the PDF (and any PNG) is drawn from.
    public var layout: LaidOutDocument
    public var pdf: Data
    /// Whether the form shows initial passwords: its files are then readable by their owner only.
    public var carriesPasswords = false

    /// The mode of a file holding this form.
    var fileMode: mode_t { carriesPasswords ? 0o600 : 0o644 }
}
