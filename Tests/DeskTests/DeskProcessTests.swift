import Foundation
import Testing

/// `mcs-forms serve` as a person starts it: the desk program beside `mcs-forms`, the address it prints,
/// a real browser driving it (Tests/DeskBrowser), and a log that shows no value.
@Suite(.serialized) struct DeskProcessTests {
    @Test func theDeskInARealBrowser() async throws {
        let shots = DeskFixture.root.appendingPathComponent(".build/desk-screenshots")
        try? FileManager.default.removeItem(at: shots)
        let desk = try await OwnThread.run { try RunningDesk.start() }
        defer { desk.stop() }
        let browser = try await ExternalProcess.run("/usr/bin/timeout", ["300", "/usr/bin/python3",
            DeskFixture.root.appendingPathComponent("Tests/DeskBrowser/desk_browser.py").path, desk.address, shots.path])
        #expect(browser.status == 0, "\(browser.output)\n\(browser.errors)")
        let screenshots = try FileManager.default.contentsOfDirectory(atPath: shots.path).filter { $0.hasSuffix(".png") }
        #expect(screenshots.count >= 10, "\(screenshots)")

        desk.stop()
        let log = desk.errors()
        #expect(log.contains("POST /forms/approval/check 200"), "\(log)")
        for value in ["大崎訪問看護ステーション", "佐藤", "hanako", "example.jp", "2026-11-01"] {
            #expect(!log.contains(value), "the log shows \(value)")
        }
        let passwordShaped = try Regex("[A-Za-z0-9]{12}")
        #expect(log.split(separator: "\n").allSatisfy { line in
            line.split(separator: " ").dropFirst(2).allSatisfy { $0.wholeMatch(of: passwordShaped) == nil }
        }, "no word of the log has a password's shape")
    }

    /// `make bench` runs the same at full scale (2,000 requests from 32 clients).
    @Test func loadAtSmallScaleGetsNo5xxAndNoHang() async throws {
        let desk = try await OwnThread.run { try RunningDesk.start() }
        defer { desk.stop() }
        let load = try await ExternalProcess.run("/usr/bin/timeout", ["300", "/usr/bin/python3",
            DeskFixture.root.appendingPathComponent("scripts/desk-load.py").path, desk.address, "240", "8"])
        #expect(load.status == 0, "\(load.output)\(load.errors)")
        #expect(load.output.contains("0 not as expected"), "\(load.output)")
    }

    @Test(arguments: ["0.0.0.0", "192.168.1.10", "::", "example.jp"])
    func anAddressOtherThanThisComputersIsRefused(_ host: String) async throws {
        let result = try await ExternalProcess.run(ValidateFixture.binary, ["serve", "--host", host, "--port", "0"])
        #expect(result.status == 64)
        #expect(result.errors.contains("--accounts（サインイン）と --tls-cert・--tls-key（HTTPS）を指定するか、このコンピューターだけ（127.0.0.1）で起動してください"), "\(result.errors)")
    }

    /// Calls of `serve` that cannot run, and what they say.
    static let refused: [([String], String)] = [
        (["--tls-cert", "cert.pem"], "--tls-cert と --tls-key は両方指定してください"),
        (["--add-user", "sato"], "--add-user は --accounts FILE と一緒に指定してください"),
        (["--host", "0.0.0.0", "--accounts", "accounts"], "--accounts（サインイン）と --tls-cert・--tls-key（HTTPS）を指定するか"),
        (["--port", "70000"], "70000"),
        (["--jobs", "0"], "--jobs は 1 以上にしてください"),
    ]

    @Test(arguments: refused.indices)
    func aServeThatCannotRunIsRefusedWith64(_ index: Int) async throws {
        let (arguments, expected) = Self.refused[index]
        let result = try await ExternalProcess.run(ValidateFixture.binary, ["serve"] + arguments)
        #expect(result.status == 64)
        #expect(result.errors.contains(expected), "\(result.errors)")
    }

    @Test func serveHasItsHelpInJapanese() async throws {
        let result = try await ExternalProcess.run(ValidateFixture.binary, ["help", "serve"])
        #expect(result.status == 0)
        #expect(result.output.contains("mcs-forms serve: 事務局の窓口"))
        #expect(result.output.contains("--port <PORT>"))
    }
}

/// `mcs-forms serve --port 0` running, with the address it printed.
final class RunningDesk: @unchecked Sendable {
    private let process: Process
    let address: String
    private let errorFile: URL

    private init(process: Process, address: String, errorFile: URL) {
        self.process = process
        self.address = address
        self.errorFile = errorFile
    }

    /// Starts the desk and waits (at most 60 s) for the line with its address.
    static func start() throws -> RunningDesk {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("desk-log-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ValidateFixture.binary)
        process.arguments = ["serve", "--port", "0"]
        process.environment = ["MCS_FORMS_HOME": DeskFixture.root.path, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !seen.contains("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        guard let match = seen.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+\//) else {
            process.terminate()
            throw DeskNotStarted(output: seen)
        }
        return RunningDesk(process: process, address: String(match.output), errorFile: errorFile)
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// What the desk wrote on standard error: its log.
    func errors() -> String {
        (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    struct DeskNotStarted: Error {
        let output: String
    }
}

/// A program run to its end, with what it printed.
enum ExternalProcess {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Runs the program on a thread of its own, so that waiting for it holds none of Swift's few
    /// concurrency threads, which the desks of the other tests answer on.
    static func run(_ executable: String, _ arguments: [String]) async throws -> Result {
        try await OwnThread.run { try runHere(executable, arguments) }
    }

    private static func runHere(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["MCS_FORMS_HOME": DeskFixture.root.path, "PATH": "/usr/bin:/bin"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData, as: UTF8.self))
    }
}

/// Blocking work (waiting for a program) on a thread of its own rather than on Swift's concurrency
/// threads: the tests run side by side on a machine of two cores, and a test that blocks both of them
/// leaves the desks of the other tests unable to answer.
enum OwnThread {
    static func run<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
