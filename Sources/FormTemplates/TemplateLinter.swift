import Core

/// Checks a template against what it may refer to, so that a typo in a template fails to load instead
/// of printing a blank: keys and element kinds are checked when decoding (`DataFileDecoder`); this
/// checks ids, fonts, bound paths, placeholders, conditions and that every element lies on the page.
/// Every template is checked when it is first loaded (`FormPrinter`), each problem at its file and line.
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

    /// Every problem found, each at its element's line of `file`; empty when the template is sound.
    public func problems(in template: FormTemplate, file: String = "") -> [DataFileProblem] {
        var problems: [Finding] = []
        for text in template.metadata.title + template.metadata.subject + template.metadata.author {
            let spot = Spot(path: "metadata", place: nil)
            problems += check(placeholdersOf: text.text, at: spot) + check(text.condition, at: spot)
        }
        for page in template.pages {
            var ids: Set<String> = []
            let spot = Spot(path: page.id, place: page.place)
            if let repeating = page.repeating, vocabulary.lists[repeating.list] == nil {
                problems.append(Finding(spot, .unknownList(repeating.list)))
            }
            problems += check(page.condition, at: spot)
            for element in page.elements {
                if let id = element.id, !ids.insert(id).inserted {
                    problems.append(Finding(Spot(path: page.id, place: element.place), .duplicateId(id)))
                }
                problems += check(element, on: page.id, pageSize: template.pageSize)
            }
        }
        return problems.map { DataFileProblem(file: file, place: $0.spot.place, path: $0.spot.path, problem: $0.problem) }
    }

    /// Where in the template a problem is: its page and element ids, and its line.
    private struct Spot {
        let path: String
        let place: DataPlace?
    }

    private struct Finding {
        let spot: Spot
        let problem: Problem

        init(_ spot: Spot, _ problem: Problem) {
            self.spot = spot
            self.problem = problem
        }
    }

    private func check(_ element: Element, on page: String, pageSize: Size) -> [Finding] {
        let spot = Spot(path: "\(page)/\(element.id ?? "?")", place: element.place)
        var problems = check(element.condition, at: spot)
        switch element.kind {
        case .text(let text):
            problems += check(placeholdersOf: text.text, at: spot) + check(text.style, at: spot)
            problems += bounds(x: text.x, y: text.y, width: text.width ?? 0, height: text.height ?? 0, pageSize, spot)
        case .field(let field):
            if !vocabulary.fields.contains(field.bind) { problems.append(Finding(spot, .unknownField(field.bind))) }
            problems += check(field.style, at: spot)
            problems += bounds(x: field.x, y: field.y, width: field.width, height: field.height, pageSize, spot)
        case .paragraph(let paragraph):
            problems += check(placeholdersOf: paragraph.text, at: spot) + check(paragraph.style, at: spot)
            problems += bounds(x: paragraph.x, y: paragraph.y, width: paragraph.width ?? 0, height: 0, pageSize, spot)
        case .rule(let rule):
            problems += bounds(x: min(rule.x1, rule.x2), y: min(rule.y1, rule.y2),
                               width: abs(rule.x2 - rule.x1), height: abs(rule.y2 - rule.y1), pageSize, spot)
        case .box(let box):
            problems += bounds(x: box.x, y: box.y, width: box.width, height: box.height, pageSize, spot)
        case .seal(let seal):
            problems += check(seal.style, at: spot)
            problems += bounds(x: seal.x - seal.diameter / 2, y: seal.y - seal.diameter / 2,
                               width: seal.diameter, height: seal.diameter, pageSize, spot)
        case .table(let table):
            problems += check(table, at: spot, pageSize: pageSize)
        case .group(let group):
            problems += bounds(x: group.x, y: group.y, width: 0, height: group.height, pageSize, spot)
            for child in group.children {
                problems += check(child, on: spot.path, pageSize: pageSize)
            }
        case .flow(let flow):
            problems += bounds(x: flow.x, y: flow.y, width: flow.width, height: 0, pageSize, spot)
            for child in flow.children {
                problems += check(child.element, on: spot.path, pageSize: pageSize)
            }
        }
        return problems
    }

    private func check(_ table: TableElement, at spot: Spot, pageSize: Size) -> [Finding] {
        guard let keys = vocabulary.lists[table.rows] else { return [Finding(spot, .unknownList(table.rows))] }
        var problems = check(table.style, at: spot) + check(table.headerStyle, at: spot)
        for column in table.columns {
            problems += check(column.condition, at: spot)
            for key in [column.bind, column.above].compactMap({ $0 }) where !keys.contains(key) {
                problems.append(Finding(spot, .unknownRowKey(list: table.rows, key: key)))
            }
            if let font = column.font, !vocabulary.fontFamilies.contains(font) {
                problems.append(Finding(spot, .unknownFamily(font)))
            }
            problems += check(minScale: column.minScale, at: spot)
        }
        let width = table.columns.map(\.width).reduce(0, +) * Double(table.groups)
        let rows = Double(max(table.minRows, 1))
        return problems + bounds(x: table.x, y: table.y, width: width,
                                 height: table.headerHeight + rows * table.rowHeight, pageSize, spot)
    }

    private func check(placeholdersOf text: String, at spot: Spot) -> [Finding] {
        Placeholders.paths(in: text)
            .filter { !vocabulary.fields.contains($0) && !Self.pageFields.contains($0) }
            .map { Finding(spot, .unknownPlaceholder($0)) }
    }

    private func check(_ condition: Condition, at spot: Spot) -> [Finding] {
        let known = vocabulary.conditions.union(Self.pageConditions)
        return [condition.when, condition.unless].compactMap { $0 }
            .filter { !known.contains($0) }
            .map { Finding(spot, .unknownCondition($0)) }
    }

    private func check(_ style: TextStyle, at spot: Spot) -> [Finding] {
        var problems = vocabulary.fontFamilies.contains(style.font) ? [] : [Finding(spot, .unknownFamily(style.font))]
        problems += check(minScale: style.minScale, at: spot)
        return problems
    }

    /// 長体 below 50 % or above 100 % is not a condensing floor (trade practice stops at 70–80 %).
    private func check(minScale: Double?, at spot: Spot) -> [Finding] {
        guard let minScale, !(0.5...1).contains(minScale) else { return [] }
        return [Finding(spot, .minScaleOutOfRange("\(minScale)"))]
    }

    private func bounds(x: Double, y: Double, width: Double, height: Double, _ page: Size, _ spot: Spot) -> [Finding] {
        let inside = x >= 0 && y >= 0 && x + width <= page.width && y + height <= page.height
        return inside ? [] : [Finding(spot, .offPage(width: "\(page.width)", height: "\(page.height)"))]
    }
}
