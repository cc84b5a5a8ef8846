import Foundation
import TallyYAML

/// Reads a target's measure, window and modifiers, and checks that they fit together.
struct Modifiers {
    struct Result {
        var condition: (Expression, String)?
        var each: String?
        var key = "unit"
        var members: Quota?
        var atLeast: Threshold
        var atMost: Decimal?
        var every: PeriodUnit?
        var periods: Quota?
        var milestones: [Milestone] = []
    }

    let fields: NodeFields
    let what: LocalizedText
    let context: TargetLoader.Context
    var thatText: String?

    init(fields: NodeFields, what: LocalizedText, context: TargetLoader.Context) {
        self.fields = fields
        self.what = what
        self.context = context
    }

    mutating func measure(_ diagnostics: inout Diagnostics) -> Measure? {
        let present = ["count", "sum", "share", "respond"].filter { fields.has($0) }
        if present.isEmpty && (fields.node.hadMergeKey || !fields.suggested.isDisjoint(with: ["count", "sum", "share", "respond"])) { return nil }
        guard present.count == 1, let name = present.first else {
            let at = present.count > 1 ? fields.keyNode(present[1])! : fields.node
            diagnostics.add(present.isEmpty ? .noMeasure : .severalMeasures, ["what": what, "found": "\(present.joined(separator: ", "))"], at: at)
            return nil
        }
        guard let node = fields[name] else {
            diagnostics.add(.emptyValue, ["what": "\(name)"], at: fields.keyNode(name)!)
            return nil
        }
        misplaced("of", unless: name == "sum", "sum:", &diagnostics)
        misplaced("that", unless: name == "share", "share:", &diagnostics)
        misplaced("distinct", unless: name == "count", "count:", &diagnostics)
        switch name {
        case "count":
            let distinct = fields["distinct"].flatMap { Read.text($0, what: "distinct", &diagnostics) }
            return kinds(node, diagnostics: &diagnostics).map { .count(kinds: $0, distinct: distinct) }
        case "sum":
            let field = Read.text(node, what: "sum", &diagnostics)
            let of = fields.required("of", what: what, example: "of: hardship-visit", diagnostics: &diagnostics).flatMap { kinds($0, diagnostics: &diagnostics) }
            guard let field, let of else { return nil }
            return .sum(field: field, kinds: of)
        case "share":
            let share = kinds(node, diagnostics: &diagnostics)
            let that = fields.required("that", what: what, example: "that: attended", diagnostics: &diagnostics).flatMap { Read.expression($0, what: "that", &diagnostics) }
            thatText = that?.1
            if let that { checkRosters(that.0, at: fields["that"]!, &diagnostics) }
            guard let share, let that else { return nil }
            return .share(kinds: share, that: that.0)
        default:
            guard let respond = NodeFields(node, what: "respond", allowed: AllowedKeys.names(.respond), diagnostics: &diagnostics,
                                           example: "{to: hardship-proposal, with: hardship-visit, within: 14d}") else { return nil }
            let to = respond.required("to", what: "respond", example: "to: hardship-proposal", diagnostics: &diagnostics).flatMap { kinds($0, diagnostics: &diagnostics) }
            let with = respond.required("with", what: "respond", example: "with: hardship-visit", diagnostics: &diagnostics).flatMap { kinds($0, diagnostics: &diagnostics) }
            let within = respond.required("within", what: "respond", example: "within: 14d", diagnostics: &diagnostics).flatMap { node -> Int? in
                guard let text = Read.text(node, what: "within", &diagnostics) else { return nil }
                if let days = ScalarText.duration(text) { return days }
                diagnostics.add(.notADuration, ["what": "within", "value": "\(text)"], at: node)
                return nil
            }
            guard let to, let with, let within else { return nil }
            return .respond(to: to, with: with, within: within)
        }
    }

    func kinds(_ node: Node, diagnostics: inout Diagnostics) -> [String]? {
        guard let list = Read.list(node, what: Subject.activityKind, &diagnostics) else { return nil }
        if let known = context.activities {
            for kind in list where !known.contains(kind) {
                diagnostics.add(Diagnostic(.unknownActivity, ["kind": "\(kind)", "known": "\(known.joined(separator: ", "))"], at: node)
                    .withOtherFix.suggesting(Suggestion.nearest(to: kind, in: known)))
            }
        }
        return list
    }

    func window(_ diagnostics: inout Diagnostics) -> DateWindow? {
        if fields.has("during") && fields.has("by") {
            diagnostics.add(.duringAndBy, ["what": what], at: fields.keyNode("by")!)
            return nil
        }
        if let node = fields["during"] { return Read.window(node, what: "during", &diagnostics) }
        guard let period = context.period else { return nil }
        if let node = fields["by"] {
            guard let day = Read.day(node, what: "by", &diagnostics) else { return nil }
            guard day >= period.from else {
                diagnostics.add(.deadlineBeforeStart, ["date": "\(day)", "start": "\(period.from)"], at: node)
                return nil
            }
            return DateWindow(from: period.from, to: day)
        }
        return period
    }

    func modifiers(measure: Measure?, window: DateWindow?, _ diagnostics: inout Diagnostics) -> Result? {
        let isRate = fields.has("share") || fields.has("respond")
        var result = Result(atLeast: isRate ? .percent(100) : .number(1))
        if let node = fields["where"], let condition = Read.expression(node, what: "where", &diagnostics) {
            checkRosters(condition.0, at: node, &diagnostics)
            result.condition = condition
        }
        if let node = fields["each"], let name = Read.text(node, what: "each", &diagnostics) {
            if isRate {
                diagnostics.add(.eachNeedsCountOrSum, at: node)
            } else if context.rosters[name] == nil && !context.rostersOpen {
                diagnostics.add(Diagnostic(.unknownRoster, ["name": "\(name)"], at: node).suggesting(Suggestion.nearest(to: name, in: Array(context.rosters.keys))))
            }
            result.each = name
        }
        misplaced("key", unless: result.each != nil, "each:", &diagnostics)
        misplaced("members", unless: result.each != nil, "each:", &diagnostics)
        result.key = fields["key"].flatMap { Read.text($0, what: "key", &diagnostics) } ?? "unit"
        result.members = fields["members"].flatMap { Read.quota($0, what: "members", &diagnostics) }
        if let node = fields["at-least"] {
            guard let threshold = threshold(node, measure: measure, each: result.each, &diagnostics) else { return nil }
            result.atLeast = threshold
        } else if case .sum = measure, !fields.has("at-most"), fields.suggested.isDisjoint(with: ["at-least", "at-most"]) {
            diagnostics.add(.sumNeedsBound, ["what": what], at: fields.keyNode("sum")!)
        }
        if let node = fields["at-most"] {
            if isRate {
                diagnostics.add(.atMostNotAllowed, at: node)
            } else if fields.has("at-least") {
                diagnostics.add(.bothBounds, ["what": what], at: node)
            }
            result.atMost = Read.number(node, what: "at-most", &diagnostics)
        }
        if let node = fields["every"], let text = Read.text(node, what: "every", &diagnostics) {
            result.every = PeriodUnit(rawValue: text)
            if result.every == nil {
                diagnostics.add(Diagnostic(.unknownEvery, ["value": "\(text)"], at: node).suggesting(Suggestion.nearest(to: text, in: PeriodUnit.allCases.map(\.rawValue))))
            }
        }
        misplaced("periods", unless: result.every != nil, "every:", &diagnostics)
        result.periods = fields["periods"].flatMap { Read.quota($0, what: "periods", &diagnostics) }
        if let node = fields["milestones"] {
            result.milestones = milestones(node, window: window, &diagnostics)
            if result.every != nil { diagnostics.add(.milestonesWithEvery, at: node) }
            if fields.has("at-most") { diagnostics.add(.milestonesWithAtMost, at: node) }
        }
        checkQuota(result.members, node: fields["members"], total: result.each.flatMap { context.rosters[$0]?.members.count }, noun: "members", &diagnostics)
        return result
    }

    func threshold(_ node: Node, measure: Measure?, each: String?, _ diagnostics: inout Diagnostics) -> Threshold? {
        guard let text = Read.text(node, what: "at-least", &diagnostics) else { return nil }
        let isRate = fields.has("share") || fields.has("respond")
        let parts = Self.namesAnAttribute(text) ? text.components(separatedBy: " of ") : [text]
        if parts.count == 2, let percent = ScalarText.percent(parts[0].trimmedOfWhitespace) {
            let attribute = parts[1].trimmedOfWhitespace
            guard let each, !isRate else {
                diagnostics.add(.attributeThresholdNeedsEach, ["attribute": "\(attribute)"], at: node)
                return nil
            }
            // A missing roster was reported at each:, unless a template leaves it to its programmes.
            if context.rosters[each] == nil && !context.rostersOpen { return nil }
            for member in context.rosters[each]?.members ?? [] {
                guard case .number? = member.attributes[attribute] else {
                    diagnostics.add(.memberMissingAttribute, ["name": "\(member.name)", "roster": "\(each)", "attribute": "\(attribute)"], at: node)
                    return nil
                }
            }
            return .percentOf(percent, attribute: attribute)
        }
        if let percent = ScalarText.percent(text) {
            guard isRate else {
                diagnostics.add(.percentageForCount, ["value": "\(text)", "measure": "\(measure?.name ?? "count")"], at: node)
                return nil
            }
            guard percent <= 100 else {
                diagnostics.add(.percentageOver100, at: node)
                return nil
            }
            return .percent(percent)
        }
        if isRate {
            diagnostics.add(.shareNeedsPercentage, ["measure": "\(fields.has("share") ? "share" : "respond")", "value": "\(text)"], at: node)
            return nil
        }
        guard let number = Read.number(node, what: "at-least", &diagnostics) else { return nil }
        guard number >= 0 else {
            diagnostics.add(.negativeNumber, ["what": "at-least"], at: node)
            return nil
        }
        return .number(number)
    }

    /// Whether a bound may name an attribute of the members (`80% of headcount`): " of " in it.
    static func namesAnAttribute(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            return (0...(bytes.count - 4)).contains { start in
                bytes[start] == 0x20 && bytes[start + 1] == UInt8(ascii: "o") && bytes[start + 2] == UInt8(ascii: "f") && bytes[start + 3] == 0x20
            }
        }
    }

    func milestones(_ node: Node, window: DateWindow?, _ diagnostics: inout Diagnostics) -> [Milestone] {
        guard let items = node.sequence else {
            diagnostics.add(.notAList, ["what": "milestones", "found": node.kindWords, "example": "milestones: [{by: 2024-06-30, at-least: 1}]"], at: node)
            return []
        }
        var result: [Milestone] = []
        for item in items {
            guard let fields = NodeFields(item, what: Subject.milestone, allowed: AllowedKeys.names(.milestone), diagnostics: &diagnostics),
                  let byNode = fields.required("by", what: Subject.milestone, example: "by: 2024-06-30", diagnostics: &diagnostics),
                  let atLeastNode = fields.required("at-least", what: Subject.milestone, example: "at-least: 1", diagnostics: &diagnostics),
                  let by = Read.day(byNode, what: "by", &diagnostics),
                  let text = Read.text(atLeastNode, what: "at-least", &diagnostics) else { continue }
            if let window, !window.contains(by) {
                diagnostics.add(.milestoneOutsideWindow, ["date": "\(by)", "window": "\(window)", "from": "\(window.from)", "to": "\(window.to)"], at: byNode)
            }
            if let percent = ScalarText.percent(text) {
                result.append(Milestone(by: by, atLeast: .percent(percent)))
            } else if let number = Read.number(atLeastNode, what: "at-least", &diagnostics) {
                result.append(Milestone(by: by, atLeast: .number(number)))
            }
        }
        return result.sorted { $0.by < $1.by }
    }

    func checkQuota(_ quota: Quota?, node: Node?, total: Int?, noun: String, _ diagnostics: inout Diagnostics) {
        guard case .count(let count)? = quota, let node, let total, count > total else { return }
        diagnostics.add(.moreThanThereAre, ["key": "\(noun)", "count": "\(count)", "total": "\(total)"], at: node)
    }

    func checkRosters(_ expression: Expression, at node: Node, _ diagnostics: inout Diagnostics) {
        for name in expression.rosterNames where context.rosters[name] == nil && !context.rostersOpen {
            diagnostics.add(Diagnostic(.unknownRoster, ["name": "\(name)"], at: node).suggesting(Suggestion.nearest(to: name, in: Array(context.rosters.keys))))
        }
    }

    func misplaced(_ key: String, unless allowed: Bool, _ partner: String, _ diagnostics: inout Diagnostics) {
        guard !allowed, let node = fields.keyNode(key) else { return }
        diagnostics.add(.keyDoesNotApply, ["key": "\(key)", "partner": "\(partner)"], at: node)
    }
}
