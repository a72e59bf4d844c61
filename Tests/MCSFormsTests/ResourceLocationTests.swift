import Foundation
import Testing
@testable import MCSForms

/// Where the data is looked for: beside the binary first (installed, then the project of a development
/// build), then MCS_FORMS_HOME; and what is said when no place holds it.
@Suite struct ResourceLocationTests {
    /// A fresh folder with `bin/` and, when `installed`, the data in `share/mcs-forms/`.
    static func prefix(installed: Bool) throws -> URL {
        let prefix = try CLITests.scratchFolder()
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        if installed {
            let share = prefix.appendingPathComponent("share/mcs-forms")
            try FileManager.default.createDirectory(at: share.appendingPathComponent("Templates"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: share.appendingPathComponent("Fonts"), withIntermediateDirectories: true)
            try Data().write(to: share.appendingPathComponent("Fonts/fonts.yaml"))
        }
        return prefix
    }

    static let home = ["MCS_FORMS_HOME": Fixtures.root.path]

    @Test func theInstalledDataBesideTheBinaryComesFirst() throws {
        let prefix = try Self.prefix(installed: true)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let location = ResourceLocation.standard(environment: Self.home, executable: prefix.appendingPathComponent("bin/mcs-forms"))
        #expect(location.origin == .installed)
        #expect(location.root.path == prefix.appendingPathComponent("share/mcs-forms").path)
    }

    @Test func aDevelopmentBuildFindsItsProject() throws {
        for build in [".build/release", ".build/x86_64-unknown-linux-gnu/debug"] {
            let binary = Fixtures.root.appendingPathComponent("\(build)/mcs-forms")
            let location = ResourceLocation.standard(environment: [:], executable: binary)
            #expect(location.origin == .project, "\(build)")
            #expect(location.root.standardizedFileURL.path == Fixtures.root.standardizedFileURL.path, "\(build)")
        }
        #expect(ResourceLocation.standard(environment: [:]).origin == .project)
    }

    @Test func mcsFormsHomeIsLookedInLast() throws {
        let prefix = try Self.prefix(installed: false)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let location = ResourceLocation.standard(environment: Self.home, executable: prefix.appendingPathComponent("bin/mcs-forms"))
        #expect(location.origin == .environment)
        #expect(location.root.path == Fixtures.root.path)
        #expect(throws: Never.self) { try location.checked() }
    }

    @Test func noDataIsOneLineNamingEveryPlaceLooked() throws {
        let prefix = try Self.prefix(installed: false)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = prefix.appendingPathComponent("bin/mcs-forms")
        for environment in [[:], ["MCS_FORMS_HOME": "/nonexistent/mcs-forms"]] {
            let location = ResourceLocation.standard(environment: environment, executable: binary)
            let error = try #require(throws: DataNotFound.self) { try location.checked() }
            let message = error.description
            #expect(!message.contains("\n"))
            #expect(message.contains("実行ファイルの隣 \(prefix.path)/share/mcs-forms"), "\(message)")
            #expect(message.contains("開発用ビルドのプロジェクトフォルダ \(prefix.path)・"), "\(message)")
            #expect(message.contains(environment.isEmpty ? "MCS_FORMS_HOME（未設定）" : "MCS_FORMS_HOME /nonexistent/mcs-forms"),
                    "\(message)")
        }
    }

    @Test func aPrinterWithoutDataThrowsTheSameLine() throws {
        let prefix = try Self.prefix(installed: false)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let location = ResourceLocation.standard(environment: [:], executable: prefix.appendingPathComponent("bin/mcs-forms"))
        #expect(throws: DataNotFound.self) { try FormPrinter(resources: location) }
    }
}
