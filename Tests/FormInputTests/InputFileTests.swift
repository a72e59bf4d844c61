import Core
import Foundation
import Testing
@testable import FormInput

/// Input files are read up to a limit: a large file is refused by its size, a pipe is read as a file.
struct InputFileTests {
    private func scratch(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("mcs-forms-input-\(UUID().uuidString)-\(name)").path
    }

    /// The problems of reading `path`; none when it was read.
    private func problems(_ path: String, limit: Int) -> [Problem] {
        do {
            _ = try InputFile.data(atPath: path, limit: limit)
            return []
        } catch {
            return error.diagnostics.map(\.problem)
        }
    }

    @Test func aFileWithinTheLimitIsReadWhole() throws {
        let path = scratch("small.yaml")
        defer { unlink(path) }
        try Data("form: consent\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try InputFile.data(atPath: path, limit: 14) == Data("form: consent\n".utf8))
    }

    /// A sparse file of 1 GiB costs nothing to make and would cost a gigabyte to read.
    @Test func aLargerFileIsRefusedByItsSize() throws {
        let path = scratch("huge.yaml")
        defer { unlink(path) }
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 1 << 30) == 0)
        #expect(problems(path, limit: 1 << 20) == [.fileTooLarge(bytes: 1 << 30, limit: 1 << 20)])
    }

    @Test func aPipeIsReadUpToOneBytePastTheLimit() throws {
        let path = scratch("pipe.yaml")
        defer { unlink(path) }
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data(repeating: 0x20, count: 100))
            try? handle?.close()
        }
        writer.start()
        #expect(problems(path, limit: 10) == [.fileTooLarge(bytes: 11, limit: 10)])
    }

    @Test func aMissingFileOrAFolderIsUnreadable() {
        for path in ["/nonexistent/in.yaml", NSTemporaryDirectory()] {
            #expect(problems(path, limit: 10) == [.unreadableFile(path)])
        }
    }
}
