import FormModels
@testable import MCSForms
import Testing

/// A record's hash tells apart any two records that could print differently, and only those.
@Suite struct RecordHashTests {
    func bytes(_ values: ContractValues) -> [UInt8] {
        var bytes: [UInt8] = []
        RecordHash.canonical(values, into: &bytes)
        return bytes
    }

    @Test(arguments: [
        ("text and password", ContractValues(["a": .text("x")]), ContractValues(["a": .secret(Secret("x"))])),
        ("a split moved", ContractValues(["a": .list([.text("ab"), .text("c")])]), ContractValues(["a": .list([.text("a"), .text("bc")])])),
        ("a key and a value run together", ContractValues(["ab": .text("c")]), ContractValues(["a": .text("bc")])),
        ("a date and its text", ContractValues(["d": .date(CalendarDate(year: 2026, month: 12, day: 1)!)]), ContractValues(["d": .text("2026-12-1")])),
        ("a flag", ContractValues(["f": .flag(true)]), ContractValues(["f": .flag(false)])),
        ("a code and its text", ContractValues(["c": .code(3)]), ContractValues(["c": .text("3")])),
        ("a group and a list", ContractValues(["g": .group(ContractValues())]), ContractValues(["g": .list([])])),
        ("nested", ContractValues(["g": .group(ContractValues(["a": .text("1")]))]), ContractValues(["g": .group(ContractValues(["a": .text("2")]))])),
    ])
    func differentValuesDiffer(_ what: String, _ one: ContractValues, _ other: ContractValues) {
        #expect(bytes(one) != bytes(other), "\(what)")
    }

    @Test func theSameValuesGiveTheSameBytesWhateverTheirOrder() {
        var one = ContractValues(), other = ContractValues()
        for key in ["office", "users", "date", "decision"] { one.entries[key] = .text(key) }
        for key in ["decision", "date", "users", "office"] { other.entries[key] = .text(key) }
        #expect(bytes(one) == bytes(other))
    }
}
