import Foundation
import TallyYAML

/// Loads the `targets:` list, checking every key, measure and modifier against section 5 of the format.
enum TargetLoader {

    struct Context {
        var rosters: [String: Roster]
        var activities: [String]?
        var period: DateWindow?
        /// The file being loaded: a target written in another file comes from a template.
        var path = ""
        var seenIDs: [String: Node] = [:]
        /// In a template, rosters may be left to the programmes that extend it (FORMAT.md section 8).
        var rostersOpen = false
    }

    static func loadAll(_ node: Node, context: inout Context, diagnostics: inout Diagnostics) -> [Target] {
        guard let items = node.sequence else {
            diagnostics.add(.notAList, ["what": "targets", "found": node.kindWords, "example": "- id: conferences"], at: node)
            return []
        }
        return items.compactMap { load($0, context: &context, diagnostics: &diagnostics) }
    }

    static func load(_ node: Node, context: inout Context, diagnostics: inout Diagnostics) -> Target? {
        guard let fields = NodeFields(node, what: Subject.target, allowed: AllowedKeys.names(.target), diagnostics: &diagnostics) else { return nil }
        let errorsBefore = diagnostics.errorCount
        let id = fields.required("id", what: Subject.target, example: "id: conferences", diagnostics: &diagnostics).flatMap { idNode -> String? in
            guard let id = Read.text(idNode, what: "id", &diagnostics) else { return nil }
            if !id.utf8.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }) {
                let slug = NameKey.unaccented(id).map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
                diagnostics.add(.badTargetID, ["id": "\(id)", "suggestion": "\(slug)"], at: idNode)
            }
            if let first = context.seenIDs[id] {
                diagnostics.add(Diagnostic(.duplicateTargetID, ["id": "\(id)"], at: idNode).noting(first.source, at: first.start, width: id.count))
            } else {
                context.seenIDs[id] = idNode
            }
            return id
        }
        let what = id.map(Subject.target) ?? Subject.target
        let title = fields.required("title", what: what, example: "title: Hội nghị CBCC tại 9/9 trung tâm", diagnostics: &diagnostics).flatMap { Read.text($0, what: "title", &diagnostics) }
        let owner = fields["owner"].flatMap { Read.text($0, what: "owner", &diagnostics) }
        let weight = fields["weight"].flatMap { node -> Decimal? in
            guard let value = Read.number(node, what: "weight", &diagnostics) else { return nil }
            if value < 0 { diagnostics.add(.negativeNumber, ["what": "weight"], at: node) }
            return value
        } ?? 1
        var loader = Modifiers(fields: fields, what: what, context: context)
        let measure = loader.measure(&diagnostics)
        let window = loader.window(&diagnostics)
        let modifiers = loader.modifiers(measure: measure, window: window, &diagnostics)
        guard let id, let title, let measure, let window, let modifiers, diagnostics.errorCount == errorsBefore else { return nil }
        return Target(id: id, title: title, owner: owner, weight: weight, measure: measure,
                      condition: modifiers.condition?.0, conditionText: modifiers.condition?.1, thatText: loader.thatText,
                      each: modifiers.each, key: modifiers.key, members: modifiers.members,
                      atLeast: modifiers.atLeast, atMost: modifiers.atMost, window: window, every: modifiers.every,
                      periods: modifiers.periods, milestones: modifiers.milestones, line: node.start.line,
                      from: node.source.path == context.path ? nil : node.source.path)
    }
}
