import FormModels

extension ValueReader {
    /// ふりがな in hiragana or katakana (spaces, ー and ・ allowed between).
    func kana() -> String? {
        guard let text = text() else { return nil }
        guard text.unicodeScalars.allSatisfy(Self.isKana) else {
            report(.notKana(shown(text)))
            return nil
        }
        return text
    }

    /// An MCS ID, which is the user's e-mail address, not used twice in the same list (`register`).
    func mcsId(register: McsIdRegister?) -> String? {
        guard let text = text() else { return nil }
        guard EmailAddress.isValid(text) else {
            report(.notEmail(shown(text)))
            return nil
        }
        register?.check(text, at: self)
        return text
    }

    private static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FA, 0x30FB...0x30FE, 0x20, 0x3000: true
        default: false
        }
    }
}

