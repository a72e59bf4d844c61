import FormModels
import Core
import Yams

/// Refuses an input tree that would cost far more to read than its text, before anything walks it.
///
/// YAML aliases (`&name` … `*name`) let a few hundred bytes stand for billions of values: nine lists of
/// nine aliases of the list before are 9⁹ values once expanded. Yams gives an alias the very node of
/// its anchor, so the tree holds it again wherever it is used, and anything that walks the tree walks
/// every copy. No form needs an alias, so the input is refused at the first one. An alias is known by
/// its place: walked in document order, every node starts after the one before it, except a
/// collection's first child, which may start where its collection does, and empty values, which
/// libyaml places at the next token; an alias's node starts where its anchor was, earlier. The alias is
/// reported at the node before it, which is as near its place as the tree knows.
package enum InputTree {
    /// Whether the tree of `text` may hold an alias at all. An alias names an anchor, and an anchor is
    /// written with `&`: the tree of a text without one (a template, most inputs) need not be walked.
    package static func mayHoldAliases(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "&"))
    }

    /// What is wrong with the tree and where, nil when it may be read.
    package static func problem(in root: Node) -> Diagnostic? {
        var walk = Walk()
        return walk.visit(root, firstChild: true)
    }

    private struct Walk {
        var last: (line: Int, column: Int) = (0, 0)
        /// The path to the node being visited, one step per level: a path is made only for a problem.
        var trail = FieldPath()

        mutating func visit(_ node: Node, firstChild: Bool) -> Diagnostic? {
            if !isEmptyScalar(node), let mark = node.mark {
                let place = (mark.line, mark.column)
                if place < last || (place == last && !firstChild) {
                    return Diagnostic(path: trail, problem: .alias, line: last.line, column: last.column)
                }
                last = place
            }
            switch node {
            case .mapping(let mapping):
                var first = true
                for (key, value) in mapping {
                    if let problem = visit(key, firstChild: first) { return problem }
                    first = false
                    if let problem = visit(value, below: .key(key.scalar?.string ?? "")) { return problem }
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated() {
                    if let problem = visit(item, below: .index(index), firstChild: index == 0) { return problem }
                }
            case .alias(let alias):
                return Diagnostic(path: trail, problem: .alias, line: alias.mark?.line, column: alias.mark?.column)
            case .scalar:
                break
            }
            return nil
        }

        /// Visits `node` one step below the current one.
        private mutating func visit(_ node: Node, below step: FieldPath.Component, firstChild: Bool = false) -> Diagnostic? {
            trail.components.append(step)
            defer { trail.components.removeLast() }
            return visit(node, firstChild: firstChild)
        }

        private func isEmptyScalar(_ node: Node) -> Bool {
            guard let scalar = node.scalar else { return false }
            return scalar.string.isEmpty && scalar.style == .plain
        }
    }
}
