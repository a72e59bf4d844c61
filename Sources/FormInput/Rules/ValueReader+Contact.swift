import FormModels

extension ValueReader {
    /// A postal code `NNN-NNNN`; full-width digits and hyphens are accepted and made half-width.
    func postalCode() -> String? {
        guard let text = text() else { return nil }
        let code = HalfWidth.digitsAndHyphens(text)
        let groups = code.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [3, 4], groups.allSatisfy(HalfWidth.isDigits) else {
            report(.notPostalCode(shown(text)))
            return nil
        }
        return code
    }

    /// A phone number of 10 or 11 digits in hyphen-separated groups; full-width digits and
    /// hyphens are accepted and made half-width.
    func phoneNumber() -> String? {
        guard let text = text() else { return nil }
        let number = HalfWidth.digitsAndHyphens(text)
        let groups = number.split(separator: "-", omittingEmptySubsequences: false)
        let digitCount = groups.map(\.count).reduce(0, +)
        guard groups.allSatisfy({ !$0.isEmpty && HalfWidth.isDigits($0) }), (10...11).contains(digitCount) else {
            report(.notPhone(shown(text)))
            return nil
        }
        return number
    }
}

/// Makes the full-width digits and hyphen look-alikes of postal codes and phone numbers half-width.
/// Only those fields are ever changed: names and other text are kept exactly as written.
enum HalfWidth {
    static let hyphens: Set<Unicode.Scalar> = ["\u{FF0D}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}",
                                                        "\u{2014}", "\u{2015}", "\u{2212}", "\u{30FC}", "\u{FF70}"]

    static func digitsAndHyphens(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF10...0xFF19).contains(scalar.value), let digit = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                scalars.append(digit)
            } else {
                scalars.append(hyphens.contains(scalar) ? "-" : scalar)
            }
        }
        return String(scalars)
    }

    static func isDigits(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
