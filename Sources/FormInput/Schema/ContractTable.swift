import FormModels

/// The field table of a form in Markdown, generated from its contract, as `docs/input-format.md` shows it.
public enum ContractTable {
    /// One row per value: its path (`users[].mcsId`), what it holds, whether it is required, and what
    /// the form calls it with the hint.
    public static func markdown(for kind: FormKind, tables: CodeTables) -> String {
        let contract = FormContract.of(kind)
        var lines = ["| key | value | required | on the form |", "|---|---|---|---|"]
        for entry in contract.entries {
            let path = (entry.list.map { "\($0.key)[]." } ?? "") + entry.groups.map { "\($0.key)." }.joined() + entry.field.key
            let label = entry.field.label + (entry.field.hint.map { "（\($0)）" } ?? "")
            let row = [path.isEmpty ? "" : "`\(path)`", description(of: entry.field.kind, tables: tables),
                       requirement(of: entry, in: contract), label]
            lines.append("| " + row.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// When the value must be given: always, when a rule's value holds, or when its group is given.
    private static func requirement(of entry: ContractEntry, in contract: FormContract) -> String {
        let outer = entry.groups.first ?? entry.field
        let ruled = contract.rules.filter { rule in
            rule.required.contains { $0.field.key == outer.key && $0.list?.key == entry.list?.key }
        }.map { "when `\($0.field.key): \($0.value)`" }
        // A rule that requires a group requires only the group's own required values.
        guard entry.field.required else { return entry.groups.isEmpty ? ruled.joined(separator: "; ") : "" }
        if entry.groups.allSatisfy(\.required) { return "yes" }
        return (ruled + ["when `\(outer.key)` is given"]).joined(separator: "; ")
    }

    private static func description(of kind: ContractKind, tables: CodeTables) -> String {
        switch kind {
        case .text: "text"
        case .date: "date `YYYY-MM-DD`"
        case .flag: "`true` or `false`"
        case .mcsId: "e-mail address"
        case .kana: "hiragana or katakana"
        case .postalCode: "`NNN-NNNN`"
        case .phone: "phone number"
        case .password: "password (運用ルール 2(1)③)"
        case .code(let name):
            "\(name.table(in: tables).label) number 1–\(name.table(in: tables).entries.count) or exact name"
        case .choice(let choices): choices.map { "`\($0.value)`" }.joined(separator: " or ")
        case .constant(let word): "`\(word)`"
        case .group: "mapping"
        case .list(let item, _, _): "list of " + description(of: item, tables: tables)
        }
    }
}
