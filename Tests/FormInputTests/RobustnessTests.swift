import Core
import Foundation
@testable import FormInput
import FormModels
import Testing

/// A small seeded generator, so that every run feeds the same inputs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct RobustnessTests {
    @Test func randomBytesGiveDiagnostics() {
        var random = SplitMix64(state: 1)
        for _ in 0..<2000 {
            let bytes = Data((0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            #expect(!diagnostics(of: bytes).isEmpty)
        }
    }

    @Test func truncatedExamplesNeverCrash() throws {
        for example in try exampleInputs() {
            let characters = Array(example.text)
            for length in stride(from: 0, to: characters.count, by: 3) {
                _ = diagnostics(of: String(characters[..<length]))
            }
        }
    }

    @Test func mutatedExamplesNeverCrashNorLeakPasswords() throws {
        let replacements = ["", "[1, 2]", "{ a: 1 }", "null", "~", "true", "-1", "99999999999999999999", "2026-02-30",
                            "\"\u{FA10}\u{0000}\"", "*anchor", "&a [*a]", "!!binary x", "'", "ofice", "𠮷"]
        var random = SplitMix64(state: 7)
        for example in try exampleInputs() {
            let passwords = Self.passwords(in: example.text)
            let lines = example.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<300 {
                var mutated = lines
                let index = Int.random(in: 0..<mutated.count, using: &random)
                let replacement = replacements.randomElement(using: &random) ?? ""
                mutated[index] = Self.mutate(mutated[index], with: replacement, using: &random)
                let found = diagnostics(of: mutated.joined(separator: "\n"))
                let leaked = passwords.filter { password in found.contains { $0.description.contains(password) } }
                #expect(leaked.isEmpty)
            }
        }
    }

    /// Replaces the value of a line, its key, or drops the line.
    private static func mutate(_ line: String, with replacement: String, using random: inout SplitMix64) -> String {
        guard let colon = line.firstIndex(of: ":") else { return replacement }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return line[...colon] + " " + replacement
        case 1: return replacement + line[colon...]
        default: return ""
        }
    }

    /// The passwords written in an example, found by their key.
    private static func passwords(in text: String) -> [String] {
        text.components(separatedBy: "password: \"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}

@Suite struct HostileInputTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = 100_000
        let text = "form: consent\npatient: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(!diagnostics(of: text).isEmpty)
    }

    /// 10¹² values in a few hundred bytes: refused at the first alias, before anything walks the tree.
    @Test func aliasBombsAreRefusedAtTheFirstAlias() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...12 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        let text = "form: consent\n" + lines.joined(separator: "\n") + "\npatient: { name: *a12 }"
        let found = diagnostics(of: text)
        #expect(found.count == 1)
        #expect(found.first?.path.description == "a1[0]" && found.first?.message == "別名（&名前 と *名前）は使えません")
        #expect(found.first?.line == 3)
    }

    @Test(arguments: ["form: consent\npatient: &p { name: 古川 花子 }\nfamily: *p\n", "[&x a, *x]", "- &x [1]\n- *x\n"])
    func everyAliasIsRefused(text: String) {
        #expect(InputTree.mayHoldAliases(text))
        #expect(diagnostics(of: text).contains { $0.message == "別名（&名前 と *名前）は使えません" })
    }

    /// A text with no `&` has no anchor, so its tree is not walked for aliases; an alias without an anchor
    /// is a syntax error of its own.
    @Test func aTextWithoutAnAnchorHasNoAliasToLookFor() {
        #expect(!InputTree.mayHoldAliases("form: consent\npatient: { name: 古川 花子 }\n"))
        #expect(InputTree.mayHoldAliases("form: consent\npatient: { name: 'A&B' }\n"))
        #expect(!InputTree.mayHoldAliases("form: consent\nfamily: *p\n"))
        #expect(!diagnostics(of: "form: consent\nfamily: *p\n").isEmpty)
    }

    @Test(arguments: ["form: consent\npatient:\n  name: 古川 花子\n", "{form: consent, patient: {name: a}, family: {}}",
                      "form: consent\npatient: {}\nfamily:\ndate:\n", "[1, 1, [1], [], {}, {}]\n"])
    func treesWithoutAliasesAreRead(text: String) {
        #expect(!diagnostics(of: text).contains { $0.message == "別名（&名前 と *名前）は使えません" })
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}form: consent\r\npatient:\r\n  name: 古川 花子\r\n"
        #expect(diagnostics(of: text).isEmpty)
        #expect(diagnostics(of: Data(text.utf8)).isEmpty)
    }
}

/// JSON as Python's `json.dumps` writes it by default: characters beyond the BMP as escaped UTF-16 pairs.
@Suite struct JSONSurrogateTests {
    @Test func anEscapedPairIsTheCharacter() throws {
        let text = #"{"form": "consent", "patient": {"name": "\ud842\udfb7\u7530 \u82b1\u5b50", "address": "\uD842\uDFB7"}}"#
        guard case .consent(let form) = try decoder.decode(text).form else { Issue.record("not a consent"); return }
        #expect(form.patient.name?.unicodeScalars.elementsEqual("\u{20BB7}田 花子".unicodeScalars) == true)
        #expect(form.patient.address == "\u{20BB7}")
    }

    /// Later values keep their columns: the pair's two saved characters go after the string.
    @Test func placesAfterAPairStayWhereTheyAre() throws {
        let text = #"{"form": "consent", "patient": {"name": "\ud842\udfb7"}, "date": "2026-02-30"}"#
        let found = diagnostics(of: text)
        let column = try #require(text.range(of: #""2026-02-30""#)).lowerBound.utf16Offset(in: text) + 1
        #expect(found.map(\.path.description) == ["date"])
        #expect(found.first?.line == 1 && found.first?.column == column)
    }

    @Test(arguments: [#"{"form": "consent", "patient": {"name": "\ud842"}}"#, #"{"form": "consent", "patient": {"name": "\udfb7\ud842"}}"#])
    func aLoneHalfIsRefusedAtItsPlace(text: String) throws {
        let found = try #require(diagnostics(of: text).first)
        #expect(found.message == "YAML または JSON として読めません")
        #expect(found.hint?.contains("サロゲート") == true)
        #expect(found.line == 1)
    }

    @Test func escapedBackslashesAreNotPairs() throws {
        let text = #"{"form": "consent", "patient": {"name": "a\\ud842\\udfb7"}}"#
        guard case .consent(let form) = try decoder.decode(text).form else { Issue.record("not a consent"); return }
        #expect(form.patient.name == #"a\ud842\udfb7"#)
    }
}

/// What a message may show: every known password replaced, every terminal control escaped.
@Suite struct RedactionTests {
    @Test func knownPasswordsAreHiddenWhereverTheyStand() {
        let redaction = Redaction(["Rk7mPq2vXa9t", "Rk7m", "男"])
        let diagnostic = Diagnostic(path: FieldPath(parsing: "users[0].Rk7mPq2vXa9t"),
                                    problem: .missingGlyph(character: "x Rk7mPq2vXa9t y Rk7mZ", codes: "U+78", text: "男 Rk7mPq2vXa9t"))
        let shown = redaction.apply(diagnostic)
        #expect(shown.path.description == "users[0].****")
        #expect(shown.problem == .missingGlyph(character: "x **** y ****Z", codes: "U+78", text: "男 ****"))
    }

    @Test(arguments: [
        ("a\u{1B}[31mb", #"a\u{1B}[31mb"#), ("\u{0}", #"\u{0}"#), ("a\nb\tc", #"a\u{A}b\u{9}c"#),
        ("\u{202E}gpj.exe", #"\u{202E}gpj.exe"#), ("\u{9B}", #"\u{9B}"#), ("𠮷田 髙子", "𠮷田 髙子"), ("葛\u{E0100}", "葛\u{E0100}"),
    ])
    func terminalControlsAreEscaped(text: String, shown: String) {
        #expect(TerminalText.escaped(text) == shown)
    }

    @Test(arguments: [
        ("ofice", "ofice"), ("password:Rk7mPq2vXa9t", "password:****"), ("password Wd4nHs8eKb3y", "password ****"),
        ("password=Tz6cMf2uRp9j", "password=****"), ("pasword=abc", "pasword=****"), ("Rk7mPq2vXa9t", "****"),
        ("office name", "office name"), ("name Wd4nHs8eKb3y", "name ****"), ("氏名", "氏名"),
    ])
    func keysHideWhatMayBeAPassword(key: String, shown: String) {
        #expect(Shown.key(key) == shown)
    }

    @Test(arguments: [("Rk7mPq2vXa9t", true), ("ichiro@example.jp", false), ("2026-11-24", false), ("abcdefgh", false),
                      ("0229-25-5376", false), ("Rk7mPq2vXa9t@x", true), ("大崎 一郎", false), ("a1b2c3d", false)])
    func valuesThatCouldBePasswordsAreNotQuoted(value: String, hidden: Bool) {
        #expect((Shown.value(value, at: FieldPath(parsing: "mcsId")) == "****") == hidden)
    }
}
