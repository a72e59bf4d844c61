import ArgumentParser
import FormInput
import FormModels
import MCSForms

/// `mcs-forms schema FORM`: prints the JSON Schema of a form's input, the one checked in as `Schemas/FORM.schema.json`.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "様式の入力の JSON Schema（draft 2020-12）を標準出力に書きます。",
        discussion: "Schemas/ の各ファイルはこの出力です。作り直すには: mcs-forms schema FORM > Schemas/FORM.schema.json"
    )

    @Argument(help: "The form: application, approval, withdrawal or consent.")
    var form: FormKind

    @Flag(name: .long, help: "Print the form's keys as the Markdown table of docs/input-format.md instead.")
    var fields = false

    func run() throws {
        let tables = try CodeTables.load(from: ResourceLocation.standard().checked().data)
        print(fields ? ContractTable.markdown(for: form, tables: tables) : InputSchema.text(for: form, tables: tables), terminator: "")
    }
}
