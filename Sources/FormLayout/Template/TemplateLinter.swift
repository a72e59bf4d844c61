import Core

/// Checks a template against what it may refer to, so that a typo in a template fails to load instead
/// of printing a blank: keys and element kinds are checked when reading (`TemplateFile`); this checks
/// ids, fonts, bound paths, placeholders, conditions and that every element lies on the page, each
/// kind its own elements (`ElementKind.lint`). Every template is checked when it is first loaded
/// (`FormPrinter`), each problem at its file and line.
public struct TemplateLinter: Sendable {
    /// What the template may name.
    public struct Vocabulary: Sendable {
        public var fields: Set<String>
        /// Lists by name, with the keys their rows carry.
        public var lists: [String: Set<String>]
        public var conditions: Set<String>
        public var fontFamilies: Set<String>
        /// The page frames (`PageFrame`) elements may be placed in.
        public var frames: Set<String>

        public init(fields: Set<String>, lists: [String: Set<String>], conditions: Set<String>, fontFamilies: Set<String>,
                    frames: Set<String> = []) {
            self.fields = fields
            self.lists = lists
            self.conditions = conditions
            self.fontFamilies = fontFamilies
            self.frames = frames
        }
    }

    /// Fields and conditions that the layout engine itself sets on repeated pages.
    public static let pageFields: Set<String> = ["page.sheet", "page.sheets"]
    public static let pageConditions: Set<String> = ["multiSheet"]

    public var vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Every problem found, each at its element's line; empty when the template is sound.
    public func problems(in template: FormTemplate) -> [Diagnostic] {
        var metadata = ElementChecker(linter: self, pageSize: template.pageSize, path: FieldPath([.key("metadata")]), place: nil)
        for text in template.metadata.title + template.metadata.subject + template.metadata.author {
            metadata.placeholders(in: text.text)
            metadata.condition(text.condition)
        }
        var problems = metadata.problems
        var overlay = ElementChecker(linter: self, pageSize: template.pageSize, path: FieldPath([.key("overlay")]), place: nil)
        for element in template.overlay { overlay.check(element) }
        problems += overlay.problems
        for include in template.includes {
            var checker = ElementChecker(linter: self, pageSize: template.pageSize, path: FieldPath([.key("pages")]), place: include.place)
            checker.condition(include.condition)
            problems += checker.problems
        }
        return problems + self.problems(in: template.pages, pageSize: template.pageSize)
    }

    /// Every problem of `pages` (a template's, or those a template includes) on a sheet of `pageSize`.
    public func problems(in pages: [PageTemplate], pageSize: Size) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for page in pages {
            var checker = ElementChecker(linter: self, pageSize: pageSize, path: FieldPath([.key(page.id)]), place: page.place)
            if let repeating = page.repeating { _ = checker.rows(of: repeating.list) }
            checker.condition(page.condition)
            var ids: Set<String> = []
            for element in page.elements {
                if let id = element.id, !ids.insert(id).inserted {
                    checker.report(.duplicateId(id), at: element)
                }
                checker.check(element)
            }
            problems += checker.problems
        }
        return problems
    }
}

/// What the linter asks of one element, and the problems it found: the checks an element kind makes
/// of itself (`ElementKind.lint`).
public struct ElementChecker {
    let linter: TemplateLinter
    let pageSize: Size
    private(set) var path: FieldPath
    private(set) var place: TemplatePlace?
    private(set) var problems: [Diagnostic] = []

    init(linter: TemplateLinter, pageSize: Size, path: FieldPath, place: TemplatePlace?) {
        self.linter = linter
        self.pageSize = pageSize
        self.path = path
        self.place = place
    }

    private var vocabulary: TemplateLinter.Vocabulary { linter.vocabulary }

    /// Checks `element` (its condition, then what its kind checks), its problems at its line.
    mutating func check(_ element: Element) {
        let outer = (path, place)
        path = path.appending(element.id ?? "?")
        place = element.place
        condition(element.condition)
        element.kind.lint(&self)
        (path, place) = outer
    }

    mutating func report(_ problem: Problem, at element: Element? = nil) {
        let place = element?.place ?? self.place
        problems.append(Diagnostic(path: path, problem: problem, line: place?.line, column: place?.column))
    }

    mutating func placeholders(in text: String) {
        for path in Placeholders.paths(in: text) where !vocabulary.fields.contains(path) && !TemplateLinter.pageFields.contains(path) {
            report(.unknownPlaceholder(path))
        }
    }

    mutating func condition(_ condition: Condition) {
        let known = vocabulary.conditions.union(TemplateLinter.pageConditions)
        for name in [condition.when, condition.unless].compactMap({ $0 }) where !known.contains(name) {
            report(.unknownCondition(name))
        }
    }

    mutating func field(_ path: String) {
        if !vocabulary.fields.contains(path) { report(.unknownField(path)) }
    }

    /// The keys of the rows of `list`, nil (reported) when there is no such list.
    mutating func rows(of list: String) -> Set<String>? {
        guard let keys = vocabulary.lists[list] else {
            report(.unknownList(list))
            return nil
        }
        return keys
    }

    mutating func frame(_ name: String) {
        if !vocabulary.frames.contains(name) { report(.unknownFrame(name)) }
    }

    mutating func font(_ family: String) {
        if !vocabulary.fontFamilies.contains(family) { report(.unknownFamily(family)) }
    }

    mutating func style(_ style: TextStyle) {
        font(style.font)
        minScale(style.minScale)
    }

    /// 長体 below 50 % or above 100 % is not a condensing floor (trade practice stops at 70–80 %).
    mutating func minScale(_ scale: Double?) {
        if let scale, !(0.5...1).contains(scale) { report(.minScaleOutOfRange("\(scale)")) }
    }

    mutating func bounds(x: Millimetres, y: Millimetres, width: Millimetres, height: Millimetres) {
        let inside = x >= 0 && y >= 0 && x + width <= pageSize.width && y + height <= pageSize.height
        if !inside { report(.offPage(width: "\(pageSize.width)", height: "\(pageSize.height)")) }
    }
}
