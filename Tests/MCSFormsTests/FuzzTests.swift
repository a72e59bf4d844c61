import Core
import FormInput
import Foundation
import TestSupport
import MCSForms
import Testing

/// Thousands of broken example inputs through `validate` and `render`: no crash, no hang, a located Japanese
/// diagnostic for every rejected input, never a password in it, and no output file left behind.
@Suite(.serialized) struct FuzzTests {
    /// How long one input may take to check and print (debug build, slow machine).
    static let timeLimit = Duration.seconds(10)

    /// The examples' texts and the passwords written in them.
    static let examples: [(name: String, text: String)] = Fixtures.exampleNames.compactMap { name in
        (try? String(contentsOf: Fixtures.examples.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
    }
    static let passwords: [String] = examples.flatMap { example in
        example.text.components(separatedBy: "password: \"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test func mutatedInputsThroughThePrinter() throws {
        let printer = try Fixtures.printer()
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        var mutator = InputMutator(seed: 2026)
        var rejected = 0
        var slowest = Duration.zero
        let iterations = 3000
        for iteration in 0..<iterations {
            let example = Self.examples[iteration % Self.examples.count]
            let input = folder.appendingPathComponent("\(iteration)-\(example.name)")
            try mutator.mutate(example.text).write(to: input)
            let output = outputs.appendingPathComponent("\(iteration).pdf")
            let start = ContinuousClock.now
            let checked = Self.outcome { _ = try printer.check(contentsOf: input) }
            let printed = Self.outcome { try printer.write(try printer.print(contentsOf: input), to: output) }
            let elapsed = ContinuousClock.now - start
            slowest = max(slowest, elapsed)
            #expect(elapsed < Self.timeLimit, "input \(iteration) took \(elapsed)")
            #expect((checked == nil) == (printed == nil), "input \(iteration): validate and render disagree")
            if let printed {
                rejected += 1
                Self.expectReported(printed, input: iteration)
                #expect(try FileManager.default.contentsOfDirectory(atPath: outputs.path).isEmpty, "input \(iteration) left a file")
            } else {
                try FileManager.default.removeItem(at: output)
            }
            try FileManager.default.removeItem(at: input)
        }
        print("fuzz: \(iterations) inputs, \(rejected) rejected, slowest \(slowest)")
        #expect(rejected > iterations / 2 && rejected < iterations, "the mutations try both sides")
    }

    @Test func mutatedInputsThroughTheBinary() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        var mutator = InputMutator(seed: 64)
        for iteration in 0..<40 {
            let example = Self.examples[iteration % Self.examples.count]
            let input = folder.appendingPathComponent("\(iteration)-\(example.name)")
            try mutator.mutate(example.text).write(to: input)
            let output = outputs.appendingPathComponent("\(iteration).pdf").path
            let validated = try Self.runBounded(["validate", input.path])
            let rendered = try Self.runBounded(["render", input.path, "-o", output])
            #expect([0, 64].contains(validated.status) && validated.status == rendered.status,
                    "input \(iteration): validate \(validated.status), render \(rendered.status)")
            for stream in [validated.output, validated.errors, rendered.output, rendered.errors] {
                #expect(!Self.passwords.contains(where: stream.contains), "input \(iteration) shows a password")
            }
            if rendered.status == 0 {
                try FileManager.default.removeItem(atPath: output)
            } else {
                #expect(rendered.errors.hasPrefix(input.path + ":"), "input \(iteration): \(rendered.errors)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: outputs.path).isEmpty, "input \(iteration) left a file")
            }
        }
    }

    /// Runs the binary under coreutils' `timeout`, so that a hang ends with status 124 instead of stalling the tests.
    static func runBounded(_ arguments: [String]) throws -> ExternalTool.Result {
        try ExternalTool.run("timeout", ["\(Int(timeLimit.components.seconds))", CLITests.binary] + arguments)
    }

    /// The error a step threw, nil when it succeeded.
    static func outcome(_ step: () throws -> Void) -> (any Error)? {
        do {
            try step()
            return nil
        } catch {
            return error
        }
    }

    /// A rejection is a non-empty list of diagnostics, each at its line and column when it names a value,
    /// that never shows a password.
    static func expectReported(_ error: any Error, input: Int) {
        guard let list = error as? DiagnosticList, !list.diagnostics.isEmpty else {
            Issue.record("input \(input) failed without diagnostics: \(error)")
            return
        }
        let unplaced = list.diagnostics.filter { !$0.path.components.isEmpty && ($0.line == nil || $0.column == nil) }
        #expect(unplaced.isEmpty, "input \(input): \(unplaced.map(\.path))")
        let text = DiagnosticReport(file: "x", list: list).text
        #expect(!passwords.contains(where: text.contains), "input \(input) shows a password")
    }
}
