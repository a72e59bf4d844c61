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
}
