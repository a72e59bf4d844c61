import Foundation
import FormInput
import TestSupport

/// What `mcs-forms validate --format json` prints for an input, its file named `-` as the API names it.
enum ValidateFixture {
    static let binary = BuiltProgram.mcsForms(projectRoot: DeskFixture.root)

    static func jsonList(of input: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.yaml")
        try input.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["validate", "--format", "json", file.path]
        process.environment = ["MCS_FORMS_HOME": DeskFixture.root.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"file\": \"\(file.path)\"", with: "\"file\": \"-\"")
    }
}
