import Core
import Foundation
import FormInput
import FormModels

/// The decisions file of `batch --derive approval --decisions FILE`: which of the given applications are
/// rejected (and why) or approved, written by the secretariat as it decides.
///
/// A CSV (UTF-8 or Shift_JIS, as `CSVEncoding` reads it) with the columns `application` 申込書, `office`
/// 事業所名, `decision` 承認・不承認 and `reason` 不承認理由, or a YAML or JSON list of mappings with those keys.
/// Every line names its application by file or by office, and says 承認 or 不承認 (or `approved`,
/// `rejected`); a rejection gives its reason. All problems of the file are reported together, each with its
/// line, and none of the batch prints until the file is right.
enum DecisionFile {
    /// The decisions of the file at `path`.
    static func read(_ path: String) throws(DiagnosticReport) -> [ApplicationDecision] {
        do throws(DiagnosticList) {
            if URL(fileURLWithPath: path).pathExtension.lowercased() == "csv" {
                let data = try InputFile.data(atPath: path, limit: InputLimits.fileBytes)
                switch CSVEncoding.text(of: data) {
                case .success(let text): return try csv(text)
                case .failure(let problem): throw DiagnosticList([problem])
                }
            }
            return try DataFile.read(URL(fileURLWithPath: path)) { root in root.items(yamlDecision) }
        } catch {
            throw DiagnosticReport(file: path, list: error)
        }
    }

    /// The decisions of a CSV text.
    static func csv(_ text: String) throws(DiagnosticList) -> [ApplicationDecision] {
        let table = CSVTable(text)
        guard let header = table.rows.first else { return [] }
        var problems: [Diagnostic] = []
        let keys = header.cells.map { cell in
            let key = ApplicationDecision.Key.allCases.first { $0.rawValue == cell.text || $0.heading == cell.text }
            if key == nil {
                let known = ApplicationDecision.Key.allCases.flatMap { [$0.rawValue, $0.heading] }
                problems.append(Diagnostic(path: .root, problem: .unknownColumn(
                    Shown.key(cell.text), suggestion: KeySuggestion.nearest(to: cell.text, in: known), known: known),
                    line: cell.place.line, column: cell.place.column))
            }
            return key
        }
        if let quote = table.unclosedQuote {
            problems.append(Diagnostic(path: .root, problem: .csvUnclosedQuote, line: quote.line, column: quote.column))
        }
        var decisions: [ApplicationDecision] = []
        for row in table.rows.dropFirst() where problems.isEmpty {
            guard row.cells.count == keys.count else {
                problems.append(Diagnostic(path: .root, problem: .csvCellCount(row.cells.count, header: keys.count), line: row.line, column: 1))
                continue
            }
            var cells: [ApplicationDecision.Key: CSVTable.Cell] = [:]
            for (key, cell) in zip(keys, row.cells) where !cell.text.trimmingCharacters(in: .whitespaces).isEmpty {
                if let key { cells[key] = cell }
            }
            let decision = check(line: row.line, application: cells[.application]?.text, office: cells[.office]?.text,
                                 decision: cells[.decision]?.text, reason: cells[.reason]?.text) { problem, key in
                let cell = key.flatMap { cells[$0] }
                problems.append(Diagnostic(path: key.map { FieldPath([.key($0.rawValue)]) } ?? .root, problem: problem,
                                           line: cell?.place.line ?? row.line, column: cell?.place.column ?? 1))
            }
            if let decision { decisions.append(decision) }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return decisions
    }

    /// One decision of a YAML or JSON list.
    private static func yamlDecision(_ item: ValueReader) -> ApplicationDecision? {
        let line = item.node.mark?.line ?? 1
        return item.mapping { mapping -> ApplicationDecision? in
            typealias Key = ApplicationDecision.Key
            let values = Dictionary(uniqueKeysWithValues: Key.allCases.compactMap { key in mapping.optional(key.rawValue).map { (key, $0) } })
            return check(line: line, application: values[.application]?.text(), office: values[.office]?.text(),
                         decision: values[.decision]?.text(), reason: values[.reason]?.text()) { problem, key in
                if let key, let value = values[key] { value.report(problem) }
                else if let key { mapping.reportMissing(key.rawValue, problem: problem) }
                else { item.report(problem) }
            }
        } ?? nil
    }

    /// The decision of one line's values, or nil after telling `report` each problem and the key it is at.
    private static func check(line: Int, application: String?, office: String?, decision: String?, reason: String?,
                              report: (Problem, ApplicationDecision.Key?) -> Void) -> ApplicationDecision? {
        if application == nil && office == nil { report(.decisionNamesNoApplication, nil) }
        guard let word = decision else {
            report(.missing, .decision)
            return nil
        }
        guard let decided = ApplicationDecision.decision(word) else {
            report(.notChoice(Shown.value(word, at: .root), choices: ApplicationDecision.decisionWords), .decision)
            return nil
        }
        if decided == .rejected, reason == nil {
            report(.requiredWhen(key: ApprovalContract.decision.key, value: decided.rawValue,
                                 label: ApprovalContract.decision.label, choice: "不承認"), .reason)
            return nil
        }
        guard application != nil || office != nil else { return nil }
        return ApplicationDecision(line: line, application: application, office: office, decision: decided,
                                   reason: decided == .rejected ? reason : nil)
    }
}
