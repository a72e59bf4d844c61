import Foundation
import FormDisplay
import FormInput
import FormModels
import MCSForms

/// Paths of the project and its examples, and the cases every golden test runs over.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Examples")
    static let goldens = root.appendingPathComponent("Tests/MCSFormsTests/Goldens")
    static let seedText = root.appendingPathComponent("Tests/MCSFormsTests/SeedText")

    /// Every example input file, by name without extension.
    static let exampleNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    /// A golden case: an example file, an approval notice with its cover letter, a blank form, or a
    /// form's sample (記入例).
    enum Case: CustomStringConvertible, Sendable {
        case example(String)
        case coverLetter(String, CoverLetter)
        case blank(FormKind)
        case sample(FormKind)
        /// An example set in another typeface of `Fonts/fonts.yaml`.
        case typeface(String, String)

        var name: String {
            switch self {
            case .example(let file): URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            case .coverLetter(let file, let letter):
                URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + (letter.envelopeGuide ? "-envelope-guide" : "-cover-letter")
            case .blank(let kind): "blank-\(kind.rawValue)"
            case .sample(let kind): "sample-\(kind.rawValue)"
            case .typeface(let file, let typeface): URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + "-" + typeface
            }
        }

        var description: String { name }
    }

    static let cases: [Case] = exampleNames.map(Case.example)
        + [.coverLetter("approval.yaml", CoverLetter()), .coverLetter("approval-rejected.yaml", CoverLetter(envelopeGuide: true))]
        + FormKind.allCases.map(Case.blank) + FormKind.allCases.map(Case.sample) + [.typeface("consent.yaml", "ud")]

    static func printer(coverLetter: CoverLetter? = nil) throws -> FormPrinter {
        try FormPrinter(resources: ResourceLocation(root: root), coverLetter: coverLetter)
    }

    /// The printer a golden case is printed with.
    static func printer(for testCase: Case) throws -> FormPrinter {
        switch testCase {
        case .coverLetter(_, let letter): try printer(coverLetter: letter)
        case .typeface(_, let typeface): try FormPrinter(resources: ResourceLocation(root: root), typeface: typeface)
        default: try printer()
        }
    }

    /// The decoder of the project's input contract, with its 別表.
    static func decoder() throws -> InputDecoder {
        InputDecoder(tables: try CodeTables.load(from: ResourceLocation(root: root).data))
    }

    /// The display stage with the project's profile and 別表.
    static func display() throws -> DisplayBuilder {
        let resources = ResourceLocation(root: root)
        return DisplayBuilder(profile: try OrganizationProfile.load(from: resources.defaultProfile),
                              tables: try CodeTables.load(from: resources.data))
    }

    /// An example input decoded.
    static func document(_ example: String) throws -> FormDocument {
        try decoder().decode(String(contentsOf: examples.appendingPathComponent(example), encoding: .utf8))
    }

    static func print(_ testCase: Case, with printer: FormPrinter) throws -> PrintedForm {
        switch testCase {
        case .example(let file), .coverLetter(let file, _), .typeface(let file, _):
            try printer.print(contentsOf: examples.appendingPathComponent(file))
        case .blank(let kind): try printer.printBlank(kind)
        case .sample(let kind): try printer.printSample(kind)
        }
    }

    /// Writes `data` to a fresh temporary file with the given extension and returns its URL.
    static func temporaryFile(_ data: Data, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("mcs-forms-test-\(UUID().uuidString)\(suffix)")
        try data.write(to: url)
        return url
    }
}
