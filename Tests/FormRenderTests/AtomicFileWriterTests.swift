import Foundation
import FormRender
import Testing

/// The atomic writer leaves the whole file or nothing.
@Suite struct AtomicFileWriterTests {
    @Test func writesAndReplaces() throws {
        let directory = try temporaryDirectory()
        let url = directory.appendingPathComponent("out.pdf")
        try AtomicFileWriter.write(Data("first".utf8), to: url)
        try AtomicFileWriter.write(Data("second".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("second".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.pdf"])
    }

    @Test func failureLeavesNothingBehind() throws {
        let directory = try temporaryDirectory()
        let target = directory.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: RenderError.self) { try AtomicFileWriter.write(Data("x".utf8), to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["taken"])
        #expect(throws: RenderError.self) {
            try AtomicFileWriter.write(Data("x".utf8), to: directory.appendingPathComponent("missing/out.pdf"))
        }
    }
}
