import Foundation
import FormInput
import FormModels

/// Checks JSON values against the generated schemas with Python's `jsonschema` package (draft 2020-12,
/// formats checked), all in one run: an independent implementation, as editors use.
enum SchemaChecker {
    /// One value to check against the schema of `form`.
    struct Case {
        var form: FormKind
        var instance: JSONValue
    }

    private static let script = """
        import json, sys
        from jsonschema import Draft202012Validator as V
        request = json.load(open(sys.argv[1], encoding="utf-8"))
        validators = {}
        for form, schema in request["schemas"].items():
            V.check_schema(schema)
            validators[form] = V(schema, format_checker=V.FORMAT_CHECKER)
        print(json.dumps([validators[c["form"]].is_valid(c["instance"]) for c in request["cases"]]))
        """

    /// Whether each case's value is valid; throws when Python, `jsonschema` or a schema is broken.
    static func validity(of cases: [Case]) throws -> [Bool] {
        let schemas = FormKind.allCases.map { ($0.rawValue, InputSchema.document(for: $0, tables: shippedTables)) }
        let request = JSONValue.object([
            ("schemas", .object(schemas)),
            ("cases", .array(cases.map { .object([("form", .string($0.form.rawValue)), ("instance", $0.instance)]) })),
        ])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("schema-check-\(UUID().uuidString).json")
        try Data(request.prettyPrinted.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let verdicts = try JSONSerialization.jsonObject(with: data) as? [Bool], verdicts.count == cases.count else {
            throw CheckFailure(description: "python3 with jsonschema failed (scripts/install-deps installs python3-jsonschema)")
        }
        return verdicts
    }

    struct CheckFailure: Error, CustomStringConvertible {
        var description: String
    }
}
