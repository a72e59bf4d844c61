import Core
import Foundation
import FormInput
import FormModels
import Testing

/// The checked-in schemas are the generated ones, and the description they come from agrees with the readers:
/// the same keys, the same required keys, the same rules; examples pass, and bad inputs a schema can express fail.
@Suite struct SchemaSyncTests {
    static let folder = repositoryRoot.appendingPathComponent("Schemas")

    /// Problems a schema cannot find: they need more than the shape of one value.
    static func isBeyondSchemas(_ problem: Problem) -> Bool {
        switch problem {
        case .dateBeforeEras, .dateBefore, .duplicateMcsId, .password(.hasRun), .password(.isIdOrName), .duplicateKeys, .alias: true
        default: false
        }
    }

    @Test(arguments: FormKind.allCases)
    func checkedInSchemaIsTheGeneratedOne(_ kind: FormKind) throws {
        let url = Self.folder.appendingPathComponent(InputSchema.fileName(for: kind))
        let generated = InputSchema.text(for: kind, tables: shippedTables)
        if ProcessInfo.processInfo.environment["RECORD_SCHEMAS"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(generated.utf8).write(to: url)
            Issue.record("re-recorded Schemas/\(url.lastPathComponent); run the tests again without RECORD_SCHEMAS")
            return
        }
        let checkedIn = try String(contentsOf: url, encoding: .utf8)
        #expect(checkedIn == generated, "Schemas/\(url.lastPathComponent) is stale: RECORD_SCHEMAS=1 swift test --filter SchemaSyncTests")
    }

    @Test func everyExampleNamesItsSchemaAndMatchesIt() throws {
        var cases: [SchemaChecker.Case] = []
        for example in try exampleInputs() {
            let instance = try #require(YAMLToJSON.convert(example.text), "\(example.name)")
            let kind = try #require(Self.kinds(of: instance).first, "\(example.name)")
            if example.name.hasSuffix(".yaml") {
                let first = example.text.split(separator: "\n").first.map(String.init)
                #expect(first == "# yaml-language-server: $schema=../Schemas/\(InputSchema.fileName(for: kind))", "\(example.name)")
            }
            cases.append(.init(form: kind, instance: instance))
        }
        #expect(try SchemaChecker.validity(of: cases).allSatisfy { $0 })
    }

    @Test(arguments: FormKind.allCases)
    func readersKnowTheDescribedKeys(_ kind: FormKind) throws {
        let form = FormContract.of(kind)
        let input = try #require(InputSample.variants(of: form).first?.input)
        for (path, fields) in InputSample.groups(of: form) {
            let stray = path.appending("zzzzzzzzzzzzzzzz")
            let found = diagnostics(of: input.replacing(at: stray.components, with: .integer(1)).prettyPrinted)
            let hint = try #require(found.first { $0.path == stray }?.hint, "\(kind) \(path)")
            let known = hint.replacingOccurrences(of: "使える項目: ", with: "").components(separatedBy: ", ")
            #expect(Set(known) == Set(fields.map(\.key)), "\(kind) \(path)")
        }
    }

    @Test(arguments: FormKind.allCases)
    func readersAndSchemaRequireTheDescribedKeys(_ kind: FormKind) throws {
        let form = FormContract.of(kind)
        var cases: [(input: JSONValue, valid: Bool, what: String)] = []
        for (rule, input) in InputSample.variants(of: form) {
            #expect(diagnostics(of: input.prettyPrinted).isEmpty, "\(kind) sample")
            cases.append((input, true, "sample"))
            for (path, fields) in InputSample.groups(of: form) {
                for field in fields where input.value(at: path.appending(field.key).components) != nil {
                    let place = path.appending(field.key)
                    let required = field.required || Self.requires(rule, place)
                    let found = diagnostics(of: input.replacing(at: place.components, with: nil).prettyPrinted)
                    #expect(required ? found.contains { $0.path == place } : found.isEmpty, "\(kind) without \(place): \(found)")
                    cases.append((input.replacing(at: place.components, with: nil), !required, "without \(place)"))
                }
            }
        }
        try Self.expectSchema(kind, cases)
    }

    @Test(arguments: FormKind.allCases)
    func readersAndSchemaForbidWhatARuleForbids(_ kind: FormKind) throws {
        let form = FormContract.of(kind)
        let full = InputSample.value(.group(form.fields))
        var cases: [(input: JSONValue, valid: Bool, what: String)] = []
        for (rule, input) in InputSample.variants(of: form) {
            for place in rule?.forbidden ?? [] {
                let path = InputSample.path(of: place)
                let bad = input.replacing(at: path, with: full.value(at: path))
                #expect(diagnostics(of: bad.prettyPrinted).contains { $0.path == FieldPath(path) }, "\(kind) \(FieldPath(path))")
                cases.append((bad, false, "with \(FieldPath(path))"))
            }
        }
        try Self.expectSchema(kind, cases)
    }

    @Test func badInputsTheSchemaCanExpressAreRejected() throws {
        var cases: [SchemaChecker.Case] = []
        var owners: [BadInput] = []
        for bad in badInputs where !Self.isBeyondSchemas(bad.problem) {
            guard let instance = YAMLToJSON.convert(bad.input) else { continue }
            for kind in Self.kinds(of: instance) {
                cases.append(.init(form: kind, instance: instance))
                owners.append(bad)
            }
        }
        #expect(cases.count >= 50)
        for (verdict, bad) in zip(try SchemaChecker.validity(of: cases), owners) {
            #expect(!verdict, "the schema accepts \(bad.path): \(bad.testDescription)")
        }
    }

    /// The schema of the input's `form`, or every schema when it names none.
    static func kinds(of instance: JSONValue) -> [FormKind] {
        if case .string(let name)? = instance.value(at: [.key("form")]), let kind = FormKind(rawValue: name) {
            return [kind]
        }
        return FormKind.allCases
    }

    private static func requires(_ rule: ContractRule?, _ place: FieldPath) -> Bool {
        rule?.required.contains { FieldPath(InputSample.path(of: $0)) == place } ?? false
    }

    private static func expectSchema(_ kind: FormKind, _ cases: [(input: JSONValue, valid: Bool, what: String)]) throws {
        let verdicts = try SchemaChecker.validity(of: cases.map { .init(form: kind, instance: $0.input) })
        for (verdict, expected) in zip(verdicts, cases) {
            #expect(verdict == expected.valid, "\(kind) \(expected.what): the schema says \(verdict ? "valid" : "invalid")")
        }
    }
}

/// The field tables of `docs/input-format.md` are the generated ones, and a field added to a contract
/// appears in the reader, the schema and the field list.
@Suite(.serialized) struct ContractTests {
    static let documentation = repositoryRoot.appendingPathComponent("docs/input-format.md")

    @Test(arguments: FormKind.allCases)
    func documentedFieldTableIsTheGeneratedOne(_ kind: FormKind) throws {
        var text = try String(contentsOf: Self.documentation, encoding: .utf8)
        let start = "<!-- fields: \(kind.rawValue) -->\n", end = "<!-- end fields -->"
        let opening = try #require(text.range(of: start), "no table of \(kind) in docs/input-format.md")
        let closing = try #require(text.range(of: end, range: opening.upperBound..<text.endIndex))
        let generated = ContractTable.markdown(for: kind, tables: shippedTables)
        if ProcessInfo.processInfo.environment["RECORD_SCHEMAS"] == "1" {
            text.replaceSubrange(opening.upperBound..<closing.lowerBound, with: generated)
            try Data(text.utf8).write(to: Self.documentation)
            Issue.record("re-recorded the \(kind) table of docs/input-format.md; run the tests again")
            return
        }
        #expect(String(text[opening.upperBound..<closing.lowerBound]) == generated,
                "docs/input-format.md is stale: RECORD_SCHEMAS=1 swift test --filter ContractTests")
    }

    /// A copy of the approval contract with one more optional field, `office.fax`.
    static let extended: FormContract = {
        let contract = FormContract.of(.approval)
        let fax = ContractField("fax", .phone, label: "FAX番号")
        let fields = contract.fields.map { field -> ContractField in
            guard field.key == ApprovalContract.office.key else { return field }
            return ContractField(field.key, .group(field.children + [fax]), label: field.label, hint: field.hint)
        }
        return FormContract(kind: .approval, title: contract.title, fields: fields, rules: contract.rules,
                            checks: contract.checks, addressee: contract.addressee)
    }()

    @Test func aFieldAddedToADeclarationIsReadCheckedAndListed() throws {
        let entries = Self.extended.entries
        let fax = try #require(entries.first { $0.path().description == "office.fax" })
        #expect(fax.field.label == "FAX番号")
        let schema = InputSchema.document(for: Self.extended, tables: shippedTables)
        #expect(schema.value(at: [.key("properties"), .key("office"), .key("properties"), .key("fax")]) != nil)
        let input = "{ form: approval, decision: rejected, rejectionReason: x, office: { name: A, fax: ０２２９－２５－５３７８ } }"
        let values = try decoder.decode(input, as: Self.extended)
        #expect(values.group(ApprovalContract.office).entries["fax"] == .text("0229-25-5378"))
        let bad = "{ form: approval, decision: rejected, rejectionReason: x, office: { name: A, fax: 内線 } }"
        #expect(throws: DiagnosticList.self) { try decoder.decode(bad, as: Self.extended) }
        #expect(throws: DiagnosticList.self) { try decoder.decode(input) }
    }
}
