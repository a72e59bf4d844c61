import FormInput
import FormModels
import MCSForms

/// `mcs-forms schema FORM`: prints the JSON Schema of a form's input, the one checked in as `Schemas/FORM.schema.json`.
struct SchemaCommand: Subcommand {
    static let spec = CommandSpec(
        name: "schema",
        abstract: "様式の入力の JSON Schema（draft 2020-12）を標準出力に書きます。",
        discussion: "Schemas/ の各ファイルはこの出力です。作り直すには: mcs-forms schema FORM > Schemas/FORM.schema.json",
        arguments: [ArgumentSpec(name: "form", count: .one, help: "様式: \(FormKind.names)")],
        options: [.flag("fields", help: "JSON Schema の代わりに、docs/input-format.md の項目の表（Markdown）を書きます")])

    var form: FormKind
    var fields: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let form = try arguments.argument("form", as: FormKind.self) else { throw UsageError(.missingArgument("form")) }
        self.form = form
        fields = arguments.flag("fields")
    }

    func run() throws {
        let tables = try CodeTables.load(from: ResourceLocation.standard().checked().data)
        print(fields ? ContractTable.markdown(for: form, tables: tables) : InputSchema.text(for: form, tables: tables), terminator: "")
    }
}
