import Foundation
import Testing

/// `make install` and `make deb` end to end: the installed binary reads the data installed beside it,
/// from any folder and with no MCS_FORMS_HOME; a binary without data says, in one line, where it looked.
///
/// The release build these run through `make` waits for nothing: `swift test` holds the lock of the
/// build folder, so it is passed `--ignore-lock` (it builds `.build/release`, which the tests never touch).
@Suite(.serialized) struct InstallTests {
    /// The president's name in the edited profile, printed on every blank approval notice.
    static let editedPresident = "検査 花子"

    /// Runs `make` in the project folder.
    static func make(_ arguments: [String]) throws -> ExternalTool.Result {
        try ExternalTool.run("make", ["-C", Fixtures.root.path, "--no-print-directory"] + arguments
                             + ["SWIFT_BUILD_FLAGS=--ignore-lock"])
    }

    /// Runs `binary` in `folder` with an environment of PATH alone (no MCS_FORMS_HOME).
    static func run(_ binary: URL, _ arguments: [String], in folder: URL) throws -> ExternalTool.Result {
        try ExternalTool.run("/usr/bin/env", ["-i", "-C", folder.path, "PATH=/usr/bin:/bin", binary.path] + arguments)
    }

    /// `make install` into a fresh prefix.
    static func install() throws -> URL {
        let prefix = try CLITests.scratchFolder()
        let result = try make(["install", "PREFIX=\(prefix.path)"])
        try #require(result.status == 0, "\(result.output)\(result.errors)")
        return prefix
    }

    /// Renders a blank approval notice with `binary`, from a folder of its own, and returns the PDF's text.
    static func renderBlank(with binary: URL) throws -> PDFText {
        let work = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try run(binary, ["render", "--blank", "approval", "-o", "blank.pdf"], in: work)
        try #require(result.status == 0, "\(result.errors)")
        return try PDFText(pdf: Data(contentsOf: work.appendingPathComponent("blank.pdf")))
    }

    /// Replaces `old` by `new` in a text file.
    static func edit(_ file: URL, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func installedBinaryRendersValidatesAndBatchesWithItsInstalledData() throws {
        let prefix = try Self.install()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = prefix.appendingPathComponent("bin/mcs-forms")
        let share = prefix.appendingPathComponent("share/mcs-forms")
        let attributes = try FileManager.default.attributesOfItem(atPath: binary.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o755)
        let profile = share.appendingPathComponent("Templates/data/profile.yaml")
        #expect((try FileManager.default.attributesOfItem(atPath: profile.path)[.posixPermissions] as? Int) == 0o644)
        #expect(FileManager.default.fileExists(atPath: share.appendingPathComponent("Schemas/approval.schema.json").path))

        let work = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for example in ["approval.yaml", "withdrawal.json"] {
            try FileManager.default.copyItem(at: Fixtures.examples.appendingPathComponent(example),
                                             to: work.appendingPathComponent(example))
        }
        let rendered = try Self.run(binary, ["render", "approval.yaml", "-o", "approval.pdf"], in: work)
        #expect(rendered.status == 0, "\(rendered.errors)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("approval.pdf").path))
        let validated = try Self.run(binary, ["validate", "approval.yaml", "withdrawal.json"], in: work)
        #expect(validated.status == 0, "\(validated.errors)")
        try BatchSupport.notice(1).appending("\n").appending(BatchSupport.notice(2))
            .write(to: work.appendingPathComponent("notices.jsonl"), atomically: true, encoding: .utf8)
        let batch = try Self.run(binary, ["batch", "notices.jsonl", "--out-dir", "batch"], in: work)
        #expect(batch.status == 0, "\(batch.errors)")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("batch").path)
            .filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count == 2, "\(pdfs)")

        let doctor = try Self.run(binary, ["doctor"], in: work)
        #expect(doctor.status == 0, "\(doctor.output)")
        #expect(doctor.output.contains("データの場所: \(share.path)（実行ファイルの隣）"), "\(doctor.output)")
        #expect(doctor.output.contains("窓口（serve）: \(prefix.path)/bin/mcs-forms-desk あり"), "\(doctor.output)")
        #expect(try Self.deskServesABlankForm(binary, in: work))
        // The forms print what the installed data says, not the project's.
        try Self.edit(profile, replacing: "president: 鎌田 修二", with: "president: \(Self.editedPresident)")
        #expect(try Self.renderBlank(with: binary).contains("会長　\(Self.editedPresident)"))
    }

    @Test func doctorNamesAFontFileThatIsNotThere() throws {
        let prefix = try Self.install()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = prefix.appendingPathComponent("bin/mcs-forms")
        let manifest = prefix.appendingPathComponent("share/mcs-forms/Fonts/fonts.yaml")
        let healthy = try Self.run(binary, ["doctor"], in: prefix)
        #expect(healthy.status == 0, "\(healthy.output)")
        for face in ["ipaexm IPAex明朝", "ipaexg IPAexゴシック", "ipamjm IPAmj明朝", "dejavumono DejaVu Sans Mono"] {
            let line = healthy.output.split(separator: "\n").first { $0.contains(face) }
            #expect(line?.contains("あり（版 ") == true, "\(face): \(healthy.output)")
        }
        #expect(healthy.output.contains("結果: すべてそろっています"))

        let wrong = "/nonexistent/fonts/ipamjm.ttf"
        try Self.edit(manifest, replacing: "/usr/share/fonts/truetype/ipamj/ipamjm.ttf", with: wrong)
        let broken = try Self.run(binary, ["doctor"], in: prefix)
        #expect(broken.status == 1)
        #expect(broken.output.contains("字体ファイルがありません: \(wrong)（ipamjm IPAmj明朝）"), "\(broken.output)")
    }

    @Test func binaryWithoutDataSaysInOneLineWhereItLooked() throws {
        let folder = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("bin/mcs-forms")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLITests.binary, toPath: binary.path)
        let home = folder.appendingPathComponent("nowhere").path
        for arguments in [["render", "--blank", "consent", "-o", "consent.pdf"], ["validate", "x.yaml"], ["schema", "approval"],
                          ["batch", "x.jsonl", "--out-dir", "batch"]] {
            let result = try ExternalTool.run("/usr/bin/env", ["-i", "-C", folder.path, "PATH=/usr/bin:/bin",
                                                               "MCS_FORMS_HOME=\(home)", binary.path] + arguments)
            #expect(result.status != 0, "\(arguments)")
            let lines = result.errors.split(separator: "\n")
            #expect(lines.count == 1, "\(arguments): \(result.errors)")
            for place in ["実行ファイルの隣 \(folder.path)/share/mcs-forms", "開発用ビルドのプロジェクトフォルダ \(folder.path)・",
                          "MCS_FORMS_HOME \(home)"] {
                #expect(result.errors.contains(place), "\(arguments): \(result.errors)")
            }
            #expect(result.errors.contains("mcs-forms のデータ（Templates/ と Fonts/fonts.yaml）が見つかりません"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bin"])
    }

    @Test func debianPackageUnpacksIntoATreeThatPrintsWithItsOwnData() throws {
        let out = try CLITests.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let made = try Self.make(["deb", "DEB_OUT=\(out.path)"])
        try #require(made.status == 0, "\(made.output)\(made.errors)")
        let packages = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".deb") }
        let package = out.appendingPathComponent(try #require(packages.first, "\(made.output)"))
        #expect(package.lastPathComponent.hasPrefix("mcs-forms_"))

        let depends = try ExternalTool.run("dpkg-deb", ["-f", package.path, "Depends"]).output
        for dependency in ["libcairo2", "libharfbuzz0b", "libharfbuzz-subset0", "libfreetype6", "zlib1g", "libc6",
                           "fonts-ipaexfont-mincho", "fonts-ipaexfont-gothic", "fonts-ipamj-mincho", "fonts-dejavu-core"] {
            #expect(depends.contains(dependency), "\(depends)")
        }
        let tree = out.appendingPathComponent("tree")
        let unpacked = try ExternalTool.run("dpkg-deb", ["-x", package.path, tree.path])
        try #require(unpacked.status == 0, "\(unpacked.errors)")
        let binary = tree.appendingPathComponent("usr/bin/mcs-forms")
        let version = try Self.run(binary, ["--version"], in: out).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(package.lastPathComponent.hasPrefix("mcs-forms_\(version)_"))
        #expect(try ExternalTool.run("dpkg-deb", ["-f", package.path, "Version"]).output.contains(version))

        try Self.edit(tree.appendingPathComponent("usr/share/mcs-forms/Templates/data/profile.yaml"),
                      replacing: "president: 鎌田 修二", with: "president: \(Self.editedPresident)")
        #expect(try Self.renderBlank(with: binary).contains("会長　\(Self.editedPresident)"))
        let doctor = try Self.run(binary, ["doctor"], in: out)
        #expect(doctor.status == 0, "\(doctor.output)")
        #expect(doctor.output.contains("データの場所: \(tree.path)/usr/share/mcs-forms（実行ファイルの隣）"), "\(doctor.output)")
        #expect(try Self.deskServesABlankForm(binary, in: out))
    }

    /// Whether `binary serve --port 0`, started in `folder`, prints its address and serves a blank PDF.
    static func deskServesABlankForm(_ binary: URL, in folder: URL) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["-i", "-C", folder.path, "PATH=/usr/bin:/bin", binary.path, "serve", "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let address = line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+\//)?.output else { return false }
        let fetched = try ExternalTool.run("/usr/bin/python3", ["-c",
            "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=30).read()[:5].decode())",
            "\(address)blank/approval.pdf"])
        return fetched.output == "%PDF-"
    }
}
