import Core
import Foundation
import FormLayout

/// The project's root directory.
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The project's font manifest, opened once for all tests.
let testFonts = try! FontCatalog(manifestURL: projectRoot.appendingPathComponent("Fonts/fonts.yaml"))

/// A small two-page document with names that need fallback and compatibility ideographs.
func sampleDocument() throws -> LaidOutDocument {
    let template = try TemplateFile.template(file: "test.yaml", text: """
        form: test
        metadata: { title: [利用承認連絡書], subject: ["{office.name}"], author: [大崎市医師会] }
        pages:
          - id: sheet
            repeat: { list: people, perPage: 2 }
            elements:
              - { kind: text, x: 20, y: 15, text: "<別紙様式2>　{page.sheet}枚目" }
              - { kind: text, x: 20, y: 20, width: 170, align: center, heading: 1, font: gothic, size: 14, text: "利用承認連絡書" }
              - { kind: paragraph, x: 20, y: 28, width: 170, text: "本事業所において、運用ルールを遵守し、利用申し込み及び誓約いたします。" }
              - { kind: seal, x: 180, y: 40, diameter: 6.5, size: 9 }
              - { kind: rule, x1: 20, y1: 50, x2: 190, y2: 50, dashed: true }
              - { kind: field, bind: office.name, x: 20, y: 52, width: 30, height: 7, minSize: 7 }
              - kind: table
                x: 20
                y: 60
                rows: people
                headerHeight: 8
                rowHeight: 10
                columns:
                  - { width: 10, header: NO, number: true }
                  - { width: 60, header: 氏名, bind: name, above: kana }
                  - { width: 40, header: MCS ID, bind: id, font: mono }
        """)
    let names = ["𠮷田　太郎", "髙橋　花子", "山\u{FA11}　次郎", "渡\u{9089}　\u{FA10}子"]
    let values = DisplayValues(fields: ["office.name": "大崎市民病院附属診療所"], lists: ["people": names.enumerated().map {
        DisplayRow(fields: ["name": $1, "kana": "やまだ", "id": "OSK-0\($0)1l"], sourceIndex: $0)
    }])
    return try LayoutEngine(fonts: testFonts).layout(template: template, values: values)
}

/// Runs a tool and returns its standard output and exit status.
func run(_ tool: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
}

/// A fresh temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("formrender-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
