import MCSForms

/// A printer on the project's own data, as the command line prints.
enum FormPrinterFixture {
    static func printer() throws -> FormPrinter {
        try FormPrinter(resources: ResourceLocation(root: DeskFixture.root))
    }
}
