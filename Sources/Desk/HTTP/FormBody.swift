import Foundation

/// The fields of a browser's form as it posts them (`application/x-www-form-urlencoded`): name and
/// value pairs in the page's order, a name repeated for each box checked.
///
/// Hand-written: Hummingbird decodes such bodies only into `Decodable` types, and a form's names are
/// input paths (`users[2].mcsId`) whose rows are not known in advance; its query parser leaves `+`
/// undecoded.
enum FormBody {
    /// The pairs of `body`; a pair that is not percent-encoded UTF-8 makes the body unreadable.
    static func pairs(of body: String) throws(DeskFailure) -> [(String, String)] {
        try body.split(separator: "&", omittingEmptySubsequences: true).map { pair throws(DeskFailure) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decoded(parts[0]), let value = decoded(parts.count > 1 ? parts[1] : "") else {
                throw DeskFailure.badRequest(.formEncoding)
            }
            return (name, value)
        }
    }

    private static func decoded(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
