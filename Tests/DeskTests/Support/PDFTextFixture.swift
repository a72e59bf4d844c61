import Foundation

/// What poppler's tools read in a PDF: its text (`pdftotext`) and its fonts (`pdffonts`).
enum PDFTextFixture {
    static func text(of pdf: Data) throws -> String {
        try output(of: "/usr/bin/pdftotext", pdf: pdf, arguments: ["-"])
    }

    static func fonts(of pdf: Data) throws -> String {
        try output(of: "/usr/bin/pdffonts", pdf: pdf, arguments: [])
    }

    /// What `tool` prints for `pdf`, written to a temporary file for it.
    private static func output(of tool: String, pdf: Data, arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("desk-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [file.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
