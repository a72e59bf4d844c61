import Core
import Foundation
import MCSForms

/// `mcs-forms doctor`: says where the data is and whether everything the forms need is there.
struct DoctorCommand: Subcommand {
    static let spec = CommandSpec(
        name: "doctor",
        abstract: "データのフォルダ・ファイル・字体・ライブラリがそろっているか確かめます。足りなければ終了コード 1。")

    init(_: ParsedArguments) {}

    func run() throws {
        let doctor = Doctor()
        print("mcs-forms: \(CommandLineProgram.version)")
        switch doctor.resources.origin {
        case .missing: print("データの場所: 見つかりません")
        case let origin: print("データの場所: \(TerminalText.escaped(doctor.resources.root.path))（\(origin)）")
        }
        print("ファイル:")
        for file in doctor.files {
            print("  \(file.name): \(file.exists ? "あり" : "なし")")
        }
        print("字体（Fonts/fonts.yaml）:")
        if doctor.faces.isEmpty { print("  Fonts/fonts.yaml を読めないため確かめられません") }
        for face in doctor.faces {
            let state = face.version.map { "あり（版 \($0)）" } ?? (face.exists ? "読めません" : "なし")
            print("  \(face.id) \(face.name): \(face.file) \(state)")
        }
        let desk = DeskLauncher.programPath
        print("窓口（serve）: \(TerminalText.escaped(desk)) \(FileManager.default.isExecutableFile(atPath: desk) ? "あり" : "なし（serve を使うときに必要です）")")
        print("ライブラリ:")
        for library in doctor.libraries {
            print("  \(library.name): \(library.version)")
        }
        let missing = doctor.missing
        guard !missing.isEmpty else { return print("結果: すべてそろっています") }
        print("結果: 足りないものがあります")
        for problem in missing { print("  \(problem)") }
        throw ExitStatus.failure
    }
}
