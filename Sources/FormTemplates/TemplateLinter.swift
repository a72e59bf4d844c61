/// Checks a template against what it may refer to, so that a typo in a template fails a test
/// instead of printing a blank: element kinds are checked when decoding; this checks ids, fonts,
/// bound paths, placeholders, conditions and that every element lies on the page.
public struct TemplateLinter {
    /// What the template may name.
    public struct Vocabulary: Sendable {
        public var fields: Set<String>
        /// Lists by name, with the keys their rows carry.
        public var lists: [String: Set<String>]
        public var conditions: Set<String>
        public var fontFamilies: Set<String>

        public init(fields: Set<String>, lists: [String: Set<String>], conditions: Set<String>, fontFamilies: Set<String>) {
            self.fields = fields
            self.lists = lists
            self.conditions = conditions
            self.fontFamilies = fontFamilies
        }
    }

    /// Fields and conditions that the layout engine itself sets on repeated pages.
    public static let pageFields: Set<String> = ["page.sheet", "page.sheets"]
    public static let pageConditions: Set<String> = ["multiSheet"]

    public var vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Every problem found, one sentence each; empty when the template is sound.
    public func problems(in template: FormTemplate) -> [String] {
        var problems: [String] = []
        for text in template.metadata.title + template.metadata.subject + template.metadata.author {
            problems += check(placeholdersOf: text.text, at: "metadata")
            problems += check(text.condition, at: "metadata")
        }
        for page in template.pages {
            var ids: Set<String> = []
            if let repeating = page.repeating, vocabulary.lists[repeating.list] == nil {
                problems.append("\(page.id): unknown list '\(repeating.list)'")
            }
            problems += check(page.condition, at: page.id)
            for element in page.elements {
                if let id = element.id, !ids.insert(id).inserted {
                    problems.append("\(page.id): duplicate id '\(id)'")
                }
                problems += check(element, on: page.id, pageSize: template.pageSize)
            }
        }
        return problems
    }

    private func check(_ element: Element, on page: String, pageSize: Size) -> [String] {
        let place = "\(page)/\(element.id ?? "?")"
        var problems = check(element.condition, at: place)
        switch element.kind {
        case .text(let text):
            problems += check(placeholdersOf: text.text, at: place) + check(text.style, at: place)
            problems += bounds(x: text.x, y: text.y, width: text.width ?? 0, height: text.height ?? 0, pageSize, place)
        case .field(let field):
            if !vocabulary.fields.contains(field.bind) { problems.append("\(place): unknown field '\(field.bind)'") }
            problems += check(field.style, at: place)
            problems += bounds(x: field.x, y: field.y, width: field.width, height: field.height, pageSize, place)
        case .paragraph(let paragraph):
            problems += check(placeholdersOf: paragraph.text, at: place) + check(paragraph.style, at: place)
            problems += bounds(x: paragraph.x, y: paragraph.y, width: paragraph.width ?? 0, height: 0, pageSize, place)
        case .rule(let rule):
            problems += bounds(x: min(rule.x1, rule.x2), y: min(rule.y1, rule.y2),
                               width: abs(rule.x2 - rule.x1), height: abs(rule.y2 - rule.y1), pageSize, place)
        case .box(let box):
            problems += bounds(x: box.x, y: box.y, width: box.width, height: box.height, pageSize, place)
        case .seal(let seal):
            problems += check(seal.style, at: place)
            problems += bounds(x: seal.x - seal.diameter / 2, y: seal.y - seal.diameter / 2,
                               width: seal.diameter, height: seal.diameter, pageSize, place)
        case .table(let table):
            problems += check(table, at: place, pageSize: pageSize)
        case .group(let group):
            problems += bounds(x: group.x, y: group.y, width: 0, height: group.height, pageSize, place)
            for child in group.children {
                problems += check(child, on: place, pageSize: pageSize)
            }
        case .flow(let flow):
            problems += bounds(x: flow.x, y: flow.y, width: flow.width, height: 0, pageSize, place)
            for child in flow.children {
                problems += check(child.element, on: place, pageSize: pageSize)
            }
        }
        return problems
    }

    private func check(_ table: TableElement, at place: String, pageSize: Size) -> [String] {
        guard let keys = vocabulary.lists[table.rows] else { return ["\(place): unknown list '\(table.rows)'"] }
        var problems = check(table.style, at: place) + check(table.headerStyle, at: place)
        for column in table.columns {
            problems += check(column.condition, at: place)
            for key in [column.bind, column.above].compactMap({ $0 }) where !keys.contains(key) {
                problems.append("\(place): rows of '\(table.rows)' have no key '\(key)'")
            }
            if let font = column.font, !vocabulary.fontFamilies.contains(font) {
                problems.append("\(place): unknown font family '\(font)'")
            }
            problems += check(minScale: column.minScale, at: place)
        }
        let width = table.columns.map(\.width).reduce(0, +) * Double(table.groups)
        let rows = Double(max(table.minRows, 1))
        return problems + bounds(x: table.x, y: table.y, width: width,
                                 height: table.headerHeight + rows * table.rowHeight, pageSize, place)
    }

    private func check(placeholdersOf text: String, at place: String) -> [String] {
        Placeholders.paths(in: text)
            .filter { !vocabulary.fields.contains($0) && !Self.pageFields.contains($0) }
            .map { "\(place): unknown placeholder '{\($0)}'" }
    }

    private func check(_ condition: Condition, at place: String) -> [String] {
        let known = vocabulary.conditions.union(Self.pageConditions)
        return [condition.when, condition.unless].compactMap { $0 }
            .filter { !known.contains($0) }
            .map { "\(place): unknown condition '\($0)'" }
    }

    private func check(_ style: TextStyle, at place: String) -> [String] {
        var problems = vocabulary.fontFamilies.contains(style.font) ? [] : ["\(place): unknown font family '\(style.font)'"]
        problems += check(minScale: style.minScale, at: place)
        return problems
    }

    /// 長体 below 50 % or above 100 % is not a condensing floor (trade practice stops at 70–80 %).
    private func check(minScale: Double?, at place: String) -> [String] {
        guard let minScale, !(0.5...1).contains(minScale) else { return [] }
        return ["\(place): minScale \(minScale) is outside 0.5–1"]
    }

    private func bounds(x: Double, y: Double, width: Double, height: Double, _ page: Size, _ place: String) -> [String] {
        let inside = x >= 0 && y >= 0 && x + width <= page.width && y + height <= page.height
        return inside ? [] : ["\(place): lies outside the \(page.width)×\(page.height) mm page"]
    }
}
