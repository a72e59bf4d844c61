/// How much one input may ask of the program, so that a careless or hostile file is refused with a clear
/// message instead of taking minutes or gigabytes.
///
/// Each bound lies far beyond what any real form needs: the longest box (a reason for a withdrawal or a
/// rejection) holds a few hundred characters, and a 1,000-applicant application is 100 sheets.
package enum InputLimits {
    /// The largest input file of one form, in bytes.
    package static let fileBytes = 4 << 20
    /// The largest input file of a batch, in bytes (about 200,000 notices as JSON Lines).
    package static let batchFileBytes = 256 << 20
    /// The most characters one value may have.
    package static let textCharacters = 1_000
    /// The most items one list may have.
    package static let listItems = 1_000
}
