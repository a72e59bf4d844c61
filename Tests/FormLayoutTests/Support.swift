import Core
import Foundation
import FormLayout

/// The project's font manifest, opened once for all tests.
let testFonts: FontCatalog = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try! FontCatalog(manifestURL: root.appendingPathComponent("Fonts/fonts.yaml"))
}()

/// Decodes an inline YAML template.
func template(_ yaml: String) throws -> FormTemplate {
    try TemplateFile.template(file: "test.yaml", text: yaml)
}

/// A one-page template around the given element lines (YAML flow mappings).
func page(_ elements: String...) throws -> FormTemplate {
    try template("""
        form: test
        metadata: { title: [テスト], subject: [], author: [] }
        pages:
          - id: p
            elements:
        \(elements.map { "      - " + $0 }.joined(separator: "\n"))
        """)
}

/// Lays out a template with the test fonts.
func layout(_ template: FormTemplate, _ values: DisplayValues = DisplayValues()) throws(DiagnosticList) -> LaidOutDocument {
    try LayoutEngine(fonts: testFonts).layout(template: template, values: values)
}

/// The diagnostics of a layout that must fail.
func diagnostics(_ template: FormTemplate, _ values: DisplayValues = DisplayValues()) -> [Diagnostic] {
    do {
        _ = try layout(template, values)
        return []
    } catch {
        return error.diagnostics
    }
}

extension LaidOutPage {
    /// The text runs of the page.
    var runs: [TextRun] {
        items.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }

    /// The runs grouped into printed lines (same baseline), top to bottom, each left to right.
    var textLines: [[TextRun]] {
        Dictionary(grouping: runs) { ($0.origin.y * 100).rounded() }
            .sorted { $0.key < $1.key }
            .map { $0.value.sorted { $0.origin.x < $1.origin.x } }
    }

    /// Each printed line's text.
    var lineTexts: [String] { textLines.map { $0.map(\.text).joined() } }
}

/// Millimetres to points.
func pt(_ millimetres: Double) -> Double { millimetres * 72 / 25.4 }

/// The x where a printed line's ink ends: its last advance, less the half em after a line-end
/// 」、。 or the quarter after ・ that is not set there (JLReq 3.1.9).
func inkEnd(of line: [TextRun]) -> Double {
    guard let run = line.last, let last = run.text.unicodeScalars.last else { return 0 }
    if "」』）］｝〕〉》】。．、，".unicodeScalars.contains(last) { return run.endX - run.size * run.horizontalScale / 2 }
    if "・：；".unicodeScalars.contains(last) { return run.endX - run.size * run.horizontalScale / 4 }
    return run.endX
}
