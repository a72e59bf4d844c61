import Core
import Foundation
import FormModels

/// `/forms/{form}`: the form as an HTML form built from its contract, with each problem beside its
/// field and listed at the top, and the printed pages beside it once the input is checked.
///
/// It works without JavaScript: every button posts the form and the page comes back with the result;
/// the desk's script only makes the same checks and previews live.
struct FormPage {
    var entry: FormEntry
    /// The problems of the input, as `mcs-forms validate` words them.
    var problems: [Diagnostic] = []
    /// The printed pages as PNG, once the input has no problem.
    var previews: [Data] = []
    /// A line on what was just done (「パスワードを生成しました」).
    var notice: String?
    /// The 別表 the form's codes are chosen from.
    var tables: CodeTables?

    var contract: FormContract { entry.contract }
    var kind: FormKind { contract.kind }

    func html() -> HTML {
        let placed = ProblemPlacement(problems: problems, entries: contract.entries)
        let fields: [HTML] = contract.fields.map { field(for: $0, placed: placed) }
        return PageShell.page(title: contract.title, body: """
        <p class="crumbs"><a href="/">様式の一覧</a> ＞ \(contract.title)</p>
        <h1>\(contract.title)</h1>
        <form class="load" method="post" action="/forms/\(kind.rawValue)/load" enctype="multipart/form-data">
        <label for="load-file">ファイルを読み込む（YAML・JSON）</label>
        <input type="file" id="load-file" name="file" accept=".yaml,.yml,.json,application/json,application/yaml">
        <button type="submit">読み込む</button>
        </form>
        <div class="workspace">
        <form class="entry" method="post" action="/forms/\(kind.rawValue)" novalidate data-form="\(kind.rawValue)">
        \(summary(placed))
        \(notice.map { (text: String) -> HTML in "<p class=\"notice\" role=\"status\">\(text)</p>" } ?? .empty)
        \(fields)
        <div class="actions">
        \(typefaceChoice)
        <button type="submit" name="action" value="check" class="primary">入力を確かめる</button>
        <button type="submit" name="action" value="pdf" formtarget="_blank">PDFを開く</button>
        <button type="submit" name="action" value="yaml">YAMLで保存</button>
        \(HTML.when(kind == .approval, "<button type=\"submit\" name=\"action\" value=\"passwords\">パスワードを生成</button>"))
        \(HTML.when(kind == .application, "<button type=\"submit\" name=\"action\" value=\"derive-approval\">承認連絡書を作成</button> <button type=\"submit\" name=\"action\" value=\"derive-rejection\">不承認連絡書を作成</button>"))
        </div>
        </form>
        <section class="preview" aria-label="印刷の見本" aria-live="polite">
        <h2>印刷の見本</h2>
        \(previewImages)
        </section>
        </div>
        """)
    }

    /// The typeface the form prints in: the standard one, or the BIZ UD faces for a readable copy.
    private var typefaceChoice: HTML {
        let options: [HTML] = DeskTypeface.choices.map { choice in
            let selected = (entry.typeface ?? "") == choice.value
            return "<option value=\"\(choice.value)\"\(HTML.when(selected, " selected"))>\(choice.label)</option>"
        }
        return """
        <p class="typeface"><label for="typeface">書体</label>
        <select id="typeface" name="\(DeskTypeface.field)">\(options)</select></p>
        """
    }

    // MARK: Problems

    private func summary(_ placed: ProblemPlacement) -> HTML {
        guard !problems.isEmpty else { return "<div class=\"summary\" tabindex=\"-1\" hidden><h2></h2><ul></ul></div>" }
        let items: [HTML] = placed.listed.map { item in
            if let target = item.target {
                return "<li><a href=\"#\(FieldNames.id(target))\">\(item.label)</a>: \(item.message)</li>"
            }
            return "<li>\(item.label.isEmpty ? "" : item.label + ": ")\(item.message)</li>"
        }
        return """
        <div class="summary" role="alert" tabindex="-1">
        <h2>\(Self.summaryHeading(count: problems.count))</h2>
        <ul>\(items)</ul>
        </div>
        """
    }

    static func summaryHeading(count: Int) -> String {
        "入力に \(count) 件の誤りがあります"
    }

    // MARK: Preview

    private var previewImages: HTML {
        guard !previews.isEmpty else {
            return "<p class=\"preview-empty\">「入力を確かめる」を押すと、印刷される様式がここに表示されます。</p>"
        }
        let images: [HTML] = previews.enumerated().map { index, png in
            "<img src=\"data:image/png;base64,\(png.base64EncodedString())\" alt=\"印刷の見本 \(index + 1)ページ目\" width=\"595\" height=\"842\">"
        }
        return "\(images)"
    }
}
