/// A piece of HTML whose every value is escaped: the text written in the source (a literal) is markup,
/// and every `String` interpolated into it is escaped, so a name such as `<script>` shows as text.
///
/// Pages are built from the contract's field list, rows and messages by plain Swift rather than a
/// template engine: the markup only ever grows from literals and escaped values, so unescaped input
/// cannot be written by accident.
struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    private(set) var markup: String

    init(stringLiteral literal: String) {
        markup = literal
    }

    init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    /// Markup and escaped values, in the order written.
    struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { markup += literal }
        mutating func appendInterpolation(_ text: String) { markup += HTML.escaped(text) }
        mutating func appendInterpolation(_ number: Int) { markup += String(number) }
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        mutating func appendInterpolation(_ parts: [HTML]) { markup += parts.map(\.markup).joined() }
    }

    var description: String { markup }

    /// Nothing.
    static let empty: HTML = ""

    /// `text` with `& < > " '` as entities, safe in text and in quoted attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// `attribute` (written as a literal) when `condition` holds: ` checked`, ` selected`.
    static func when(_ condition: Bool, _ attribute: HTML) -> HTML {
        condition ? attribute : .empty
    }
}
