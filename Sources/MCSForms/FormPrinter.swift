import Core
import Foundation
import FormDisplay
import FormInput
import FormLayout
import FormModels
import FormRender

/// The whole pipeline, from an input file (or a blank form) to PDF and PNG pages.
///
/// Reads its organization profile and fonts once, and each template and the 別表 on their first use,
/// then prints any number of forms: decode and validate the input → typed model → display values →
/// template → layout → PDF. Not Sendable: use one printer per task.
public final class FormPrinter {
    private let decoder: InputDecoder
    private let display: DisplayBuilder
    private let engine: LayoutEngine
    private let renderer: PDFRenderer
    private let templateFolder: URL
    private let resources: ResourceLocation
    private var templates: [FormKind: FormTemplate] = [:]
    /// The pages templates include, by form and file, once read.
    private var includedPages: [String: [PageTemplate]] = [:]
    /// The font family names templates may use.
    public let fontFamilies: Set<String>
    /// The names of the faces by id (`ipamjm` → `IPAmj明朝`).
    public let faceNames: [String: String]

    /// Loads everything from `resources`; `profile` replaces the default organization profile, and
    /// `templates` the folder of templates (an office trying a changed template); `coverLetter` puts a
    /// 送付状 before each approval notice; `typeface` sets the forms in another typeface of `Fonts/fonts.yaml`
    /// (`ud`: the BIZ UD faces). Throws `DataNotFound`
    /// when no place held the data.
    public init(resources: ResourceLocation = .standard(), profile: URL? = nil, templates: URL? = nil,
                coverLetter: CoverLetter? = nil, typeface: String? = nil) throws {
        try resources.checked()
        let tables = CodeTableSource.files(in: resources.data)
        let organization = try OrganizationProfile.load(from: profile ?? resources.defaultProfile)
        let manifest = try FontManifest.load(resources.fontManifest).set(in: typeface)
        decoder = InputDecoder(tables: tables)
        display = DisplayBuilder(profile: organization, tables: tables, coverLetter: coverLetter)
        engine = LayoutEngine(fonts: try FontCatalog(manifest: manifest))
        renderer = try PDFRenderer()
        templateFolder = templates ?? resources.templates
        self.resources = resources
        fontFamilies = Set(manifest.families.keys)
        faceNames = manifest.faces.mapValues(\.name)
    }

    /// The template of a form, read and checked on first use (a process printing one form reads one
    /// template); a template with problems is refused with them (`DataFileProblems`). The pages it
    /// includes are not read here but when values need them (`template(for:printing:)`).
    public func template(for kind: FormKind) throws -> FormTemplate {
        if let template = templates[kind] { return template }
        let template = try TemplateCache.template(in: templateFolder.appendingPathComponent("\(kind.rawValue).yaml"),
                                                  linter: try linter(for: kind))
        templates[kind] = template
        return template
    }

    /// The template of a form with the pages it includes where `values` print them (a cover letter),
    /// each included file read and checked on first use.
    func template(for kind: FormKind, printing values: DisplayValues) throws -> FormTemplate {
        let template = try template(for: kind)
        return try template.including(where: values.conditions) { include in
            let key = "\(kind.rawValue)/\(include.file)"
            if let pages = includedPages[key] { return pages }
            let pages = try TemplateCache.pages(in: templateFolder.appendingPathComponent(include.file), linter: try linter(for: kind),
                                                pageSize: template.pageSize)
            includedPages[key] = pages
            return pages
        }
    }

    /// What checks a template of `kind`: everything the display stage gives that form, and the fonts.
    private func linter(for kind: FormKind) throws -> TemplateLinter {
        let vocabulary = try display.vocabulary(for: kind)
        return TemplateLinter(vocabulary: .init(fields: vocabulary.fields, lists: vocabulary.lists, conditions: vocabulary.conditions,
                                                fontFamilies: fontFamilies, frames: vocabulary.frames))
    }

    /// Checks an input file as `print` would, without drawing the PDF: input errors and values
    /// that do not fit their boxes are reported as a `DiagnosticList`.
    public func check(contentsOf url: URL) throws -> LaidOutDocument {
        try check(data: try InputFile.data(atPath: url.path, limit: InputLimits.fileBytes))
    }

    /// Checks the bytes of an input (YAML or JSON) as `check(contentsOf:)` does.
    public func check(data: Data) throws -> LaidOutDocument {
        let document = try decoder.decode(data: data)
        return try decoder.locating(in: data) {
            let values = try display.values(for: document)
            return try engine.layout(template: try template(for: document.kind, printing: values), values: values)
        }
    }

    /// Prints the form described by an input file (YAML or JSON).
    public func print(contentsOf url: URL) throws -> PrintedForm {
        let data = try InputFile.data(atPath: url.path, limit: InputLimits.fileBytes)
        return try decoder.locating(in: data) { try print(document: try decoder.decode(data: data)) }
    }

    /// Prints the form described by input text (YAML or JSON).
    public func print(text: String) throws -> PrintedForm {
        try print(data: Data(text.utf8))
    }

    /// Prints the form described by the bytes of an input (YAML or JSON, UTF-8).
    public func print(data: Data) throws -> PrintedForm {
        try decoder.locating(in: data) { try print(document: try decoder.decode(data: data)) }
    }

    /// Decodes and checks an input (YAML or JSON) without laying it out; its problems are thrown.
    public func decode(data: Data) throws -> FormDocument {
        try decoder.locating(in: data) { try decoder.decode(data: data) }
    }

    /// Prints a form blank, for filling in by hand.
    public func printBlank(_ kind: FormKind) throws -> PrintedForm {
        try render(kind: kind, values: try display.blankValues(for: kind), creationDate: IssueDate.rulesRevision)
    }

    /// Prints the form filled with its example (`ResourceLocation.sample`), marked 記入例 on every page: what
    /// the secretariat sends with the blank forms.
    public func printSample(_ kind: FormKind) throws -> PrintedForm {
        let data = try InputFile.data(atPath: resources.sample(for: kind).path, limit: InputLimits.fileBytes)
        let document = try decoder.locating(in: data) { try decoder.decode(data: data) }
        guard document.kind == kind else { throw DiagnosticList([Diagnostic(path: FieldPath([.key(FormContract.formKey)]),
                                                                            problem: .notChoice(document.kind.rawValue, choices: [kind.rawValue]))]) }
        var values = try display.values(for: document)
        values.conditions.insert(DisplayBuilder.sample)
        var printed = try render(kind: kind, values: values, creationDate: IssueDate.creationDate(of: document))
        printed.carriesPasswords = document.carriesPasswords
        return printed
    }

    /// Prints a decoded form.
    func print(document: FormDocument) throws -> PrintedForm {
        var printed = try render(kind: document.kind, values: try display.values(for: document),
                                 creationDate: IssueDate.creationDate(of: document))
        printed.carriesPasswords = document.carriesPasswords
        return printed
    }

    private func render(kind: FormKind, values: DisplayValues, creationDate: String) throws -> PrintedForm {
        let layout = try engine.layout(template: try template(for: kind, printing: values), values: values)
        let pdf = try self.pdf(of: layout, creationDate: creationDate)
        return PrintedForm(kind: kind, values: values, layout: layout, pdf: pdf)
    }

    // Batch printing (Batch/): decode once, then print; many forms' pages drawn as one PDF.

    /// Faces pre-subset for a batch, drawn instead of the catalog's whenever they have every glyph.
    var fontSubsets: FontSubsets?

    /// Lays out a decoded form without drawing it.
    func layout(of document: FormDocument) throws -> LaidOutDocument {
        let values = try display.values(for: document)
        return try engine.layout(template: try template(for: document.kind, printing: values), values: values)
    }

    /// Draws laid-out pages as one PDF.
    func pdf(of layout: LaidOutDocument, creationDate: String, duplex: Bool = false) throws -> Data {
        try renderer.pdf(fontSubsets?.substituted(in: layout) ?? layout, creationDate: creationDate, duplex: duplex)
    }

    /// Writes the PDF to `url` through a temporary file, so no half-written file is ever left; a form
    /// with passwords is readable by its owner only.
    public func write(_ form: PrintedForm, to url: URL) throws {
        try AtomicFileWriter.write(form.pdf, to: url, mode: form.fileMode)
    }

    /// Each page as a PNG at `dpi`.
    public func pngPages(_ form: PrintedForm, dpi: Double) throws -> [Data] {
        try pngPages(of: form.layout, dpi: dpi)
    }

    /// Each page of a layout (`check`'s, when no PDF is wanted) as a PNG at `dpi`.
    public func pngPages(of layout: LaidOutDocument, dpi: Double) throws -> [Data] {
        try layout.pages.indices.map { index throws(RenderError) in try pngPage(of: layout, index: index, dpi: dpi) }
    }

    /// Page `index` (from 0) of a layout as a PNG at `dpi`.
    public func pngPage(of layout: LaidOutDocument, index: Int, dpi: Double) throws(RenderError) -> Data {
        try renderer.png(layout, page: index, dpi: dpi)
    }

    /// Writes each page as `PREFIX-N.png`.
    public func writePNGPages(_ form: PrintedForm, prefix: String, dpi: Double) throws {
        for (index, page) in try pngPages(form, dpi: dpi).enumerated() {
            try AtomicFileWriter.write(page, to: URL(fileURLWithPath: "\(prefix)-\(index + 1).png"), mode: form.fileMode)
        }
    }

    /// The layout dump: one line per item with its page, position in mm, font, size and text; a
    /// password is written `****`.
    public func dump(_ form: PrintedForm) -> String {
        LayoutDump.text(of: form.layout, hiding: \.isPassword)
    }

    /// Writes the layout dump to `url`, readable by its owner only when the form has passwords.
    public func writeDump(_ form: PrintedForm, to url: URL) throws {
        try AtomicFileWriter.write(Data(dump(form).utf8), to: url, mode: form.fileMode)
    }
}
