import Core
import FormInput
import FormModels
import Testing

/// The schemas' patterns say what the readers check: the same strings, seeded and random, get the same
/// verdict from `InputDecoder` and from the schema (a password only one way: the reader also rejects runs
/// and names, which a pattern does not).
@Suite struct SchemaPatternTests {
    /// A value checked by shape, where it sits in a small valid input, and the pieces random candidates are made of.
    struct Field: CustomTestStringConvertible, Sendable {
        var name: String
        var form: FormKind
        var host: String
        var path: [FieldPath.Component]
        var pieces: [String]
        var samePattern = true

        var testDescription: String { name }
    }

    static let fields: [Field] = [
        Field(name: "mcsId", form: .application, host: "{form: application, applicants: [{name: 大崎 一郎, mcsId: x}]}",
              path: [.key("applicants"), .index(0), .key("mcsId")],
              pieces: ["a", "Z", "9", ".", "-", "_", "@", "+", "!", "..", "ex", "jp", "é", " ", "@example.jp", "ｱ"]),
        Field(name: "postalCode", form: .application, host: "{form: application, office: {postalCode: x}}",
              path: [.key("office"), .key("postalCode")],
              pieces: ["9", "8", "６", "１", "-", "－", "ー", "‐", "−", "~", "a", " ", "989", "6136"]),
        Field(name: "phone", form: .withdrawal, host: "{form: withdrawal, submitter: {phone: x}}",
              path: [.key("submitter"), .key("phone")],
              pieces: ["0", "2", "９", "-", "－", "ー", "(", " ", "0229", "25", "5376", "090", "1234"]),
        Field(name: "kana", form: .application, host: "{form: application, applicants: [{name: 大崎 一郎, mcsId: a@b.jp, kana: x}]}",
              path: [.key("applicants"), .index(0), .key("kana")],
              pieces: ["あ", "ア", "ｱ", "ー", "・", "ゝ", "ヾ", " ", "\u{3000}", "a", "漢", "ゟ", "ヿ", "゠", "ゖ", "ゕ", "ヺ", "ぁ", "゛"]),
        Field(name: "date", form: .consent, host: "{form: consent, date: x}", path: [.key("date")],
              pieces: ["2026-", "2024-", "1930-", "11-", "02-", "04-", "13-", "00-", "24", "29", "30", "31", "0", "/", "-"]),
        Field(name: "password", form: .approval,
              host: "{form: approval, decision: approved, date: 2026-12-01, applicationDate: 2026-11-24, office: {name: 古川診療所}, "
                  + "representative: 大崎 一郎, users: [{name: 大崎 一郎, mcsId: ichiro@example.jp, password: x}]}",
              path: [.key("users"), .index(0), .key("password")],
              pieces: ["a", "B", "1", "9", "x", "Rk7m", "Pq2v", "!", "~", " ", "あ", "1234", "aaaa", "ichiro"], samePattern: false),
    ]

    @Test(arguments: fields)
    func readerAndSchemaAgree(_ field: Field) throws {
        let host = try #require(YAMLToJSON.convert(field.host))
        let candidates = Self.candidates(from: field.pieces, seed: UInt64(field.name.utf8.count))
        let inputs = candidates.map { host.replacing(at: field.path, with: .string($0)) }
        let rejected = inputs.map { input in diagnostics(of: input.prettyPrinted).contains { $0.path == FieldPath(field.path) } }
        let valid = try SchemaChecker.validity(of: inputs.map { .init(form: field.form, instance: $0) })
        #expect(rejected.contains(true) && rejected.contains(false), "the candidates try both sides")
        for (candidate, (isRejected, isValid)) in zip(candidates, zip(rejected, valid)) {
            if field.samePattern || !isValid {
                #expect(isRejected == !isValid, "\(field.name) \(candidate.debugDescription): reader \(isRejected ? "rejects" : "accepts")")
            }
        }
    }

    /// 600 strings of 1–8 random pieces, the same every run.
    static func candidates(from pieces: [String], seed: UInt64) -> [String] {
        var random = SplitMix64(state: seed)
        return (0..<600).map { _ in
            (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        }
    }
}
