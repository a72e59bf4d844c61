import Core
import Foundation
import FormModels
import FormTemplates
import MCSForms
import Testing

/// Every template refers only to fields, lists, conditions and fonts that exist, has unique ids,
/// and keeps every element on the page.
@Suite struct TemplateLintTests {
    @Test(arguments: FormKindCases.all)
    func templateIsClean(_ form: String) throws {
        let printer = try Fixtures.printer()
        let kind = try #require(FormKind(rawValue: form))
        var samples = [try printer.printBlank(kind).values]
        for file in Fixtures.exampleNames {
            let printed = try printer.print(contentsOf: Fixtures.examples.appendingPathComponent(file))
            if printed.kind == kind { samples.append(printed.values) }
        }
        var fields: Set<String> = []
        var lists: [String: Set<String>] = [:]
        var conditions: Set<String> = []
        for values in samples {
            fields.formUnion(values.fields.keys)
            conditions.formUnion(values.conditions)
            for (name, rows) in values.lists {
                lists[name, default: []].formUnion(rows.flatMap(\.fields.keys))
                conditions.formUnion(rows.flatMap(\.conditions))
            }
        }
        conditions.formUnion(["approved", "rejected", "undecided"])
        let linter = TemplateLinter(vocabulary: .init(
            fields: fields, lists: lists, conditions: conditions, fontFamilies: printer.fontFamilies))
        let problems = linter.problems(in: try printer.template(for: kind))
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func linterCatchesAnUnknownFieldAndAnElementOffThePage() throws {
        let printer = try Fixtures.printer()
        var template = try printer.template(for: .withdrawal)
        template.pages[0].elements[0].kind = .text(try TextElementFixture.make(x: 205, text: "{office.nmae}"))
        let linter = TemplateLinter(vocabulary: .init(
            fields: ["office.name"], lists: ["users": []], conditions: [], fontFamilies: printer.fontFamilies))
        let problems = linter.problems(in: template)
        #expect(problems.contains { $0.contains("unknown placeholder '{office.nmae}'") })
        #expect(problems.contains { $0.contains("lies outside") })
    }
}

/// Builds template elements from YAML, the way templates are written.
enum TextElementFixture {
    static func make(x: Double, text: String) throws -> TextElement {
        try DataFileDecoder.decode(TextElement.self, from: "{ x: \(x), y: 10, width: 20, text: \"\(text)\" }")
    }
}
