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
    let what: String
    let context: TargetLoader.Context
    var thatText: String?

    init(fields: NodeFields, what: String, context: TargetLoader.Context) {
        self.fields = fields
        self.what = what
        self.context = context
    }

    mutating func measure(_ diagnostics: inout Diagnostics) -> Measure? {
        let present = ["count", "sum", "share", "respond"].filter { fields.has($0) }
        if present.isEmpty && (fields.node.hadMergeKey || !fields.suggested.isDisjoint(with: ["count", "sum", "share", "respond"])) { return nil }
        guard present.count == 1, let name = present.first else {
            let at = present.count > 1 ? fields.keyNode(present[1])! : fields.node
            diagnostics.error(present.isEmpty ? "\(what) has no measure" : "\(what) has more than one measure (\(present.joined(separator: ", ")))", at: at,
                              fix: "give exactly one of count:, sum:, share: or respond:")
            return nil
        }
        guard let node = fields[name] else {
            diagnostics.error("\(name): needs a value", at: fields.keyNode(name)!, fix: "name the activity kind, e.g. \(name): conference")
            return nil
        }
        misplaced("of", unless: name == "sum", "of: names the kinds a sum: adds up", &diagnostics)
        misplaced("that", unless: name == "share", "that: is the condition of a share:", &diagnostics)
        misplaced("distinct", unless: name == "count", "distinct: works with count: only", &diagnostics)
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
            guard let respond = NodeFields(node, what: "respond", allowed: ["to", "with", "within"], diagnostics: &diagnostics,
                                           example: "{to: hardship-proposal, with: hardship-visit, within: 14d}") else { return nil }
            let to = respond.required("to", what: "respond", example: "to: hardship-proposal", diagnostics: &diagnostics).flatMap { kinds($0, diagnostics: &diagnostics) }
            let with = respond.required("with", what: "respond", example: "with: hardship-visit", diagnostics: &diagnostics).flatMap { kinds($0, diagnostics: &diagnostics) }
            let within = respond.required("within", what: "respond", example: "within: 14d", diagnostics: &diagnostics).flatMap { node -> Int? in
                guard let text = Read.text(node, what: "within", &diagnostics) else { return nil }
                if let days = ScalarText.duration(text) { return days }
                diagnostics.error("within must be a duration such as 14d or 2w, not \"\(text)\"", at: node, fix: "write a number of days (14d) or weeks (2w)")
                return nil
            }
            guard let to, let with, let within else { return nil }
            return .respond(to: to, with: with, within: within)
        }
    }

    func kinds(_ node: Node, diagnostics: inout Diagnostics) -> [String]? {
        guard let list = Read.list(node, what: "the activity kind", &diagnostics) else { return nil }
        if let known = context.activities {
            for kind in list where !known.contains(kind) {
                diagnostics.error("\"\(kind)\" is not in the programme's activities", at: node,
                                  fix: Suggestion.didYouMean(kind, in: known) ?? "add it under activities:, or use one of: " + known.joined(separator: ", "))
            }
        }
        return list
    }

    func window(_ diagnostics: inout Diagnostics) -> DateWindow? {
        if fields.has("during") && fields.has("by") {
            diagnostics.error("\(what) has both during: and by:", at: fields.keyNode("by")!, fix: "keep one: during: for a window, or by: for a deadline from the programme's start")
            return nil
        }
        if let node = fields["during"] { return Read.window(node, what: "during", &diagnostics) }
        guard let period = context.period else { return nil }
        if let node = fields["by"] {
            guard let day = Read.day(node, what: "by", &diagnostics) else { return nil }
            guard day >= period.from else {
                diagnostics.error("the deadline \(day) is before the programme starts (\(period.from))", at: node, fix: "use a date inside the programme's period")
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
                diagnostics.error("each: works with count: and sum: only", at: node, fix: "remove each:, or measure with count: or sum:")
            } else if context.rosters[name] == nil && !context.rostersOpen {
                diagnostics.error("there is no roster \"\(name)\"", at: node, fix: Suggestion.didYouMean(name, in: Array(context.rosters.keys)) ?? "add it under rosters:")
            }
            result.each = name
        }
        misplaced("key", unless: result.each != nil, "key: names the member field of an each: target", &diagnostics)
        misplaced("members", unless: result.each != nil, "members: says how many members of an each: roster must meet it", &diagnostics)
        result.key = fields["key"].flatMap { Read.text($0, what: "key", &diagnostics) } ?? "unit"
        result.members = fields["members"].flatMap { Read.quota($0, what: "members", &diagnostics) }
        if let node = fields["at-least"] {
            guard let threshold = threshold(node, measure: measure, each: result.each, &diagnostics) else { return nil }
            result.atLeast = threshold
        } else if case .sum = measure, !fields.has("at-most"), fields.suggested.isDisjoint(with: ["at-least", "at-most"]) {
            diagnostics.error("\(what) sums a field, so it needs at-least: (or at-most:)", at: fields.keyNode("sum")!, fix: "add e.g. at-least: 10000000")
        }
        if let node = fields["at-most"] {
            if isRate {
                diagnostics.error("at-most: works with count: and sum: only", at: node, fix: "use at-least: with a percentage")
            } else if fields.has("at-least") {
                diagnostics.error("\(what) has both at-least: and at-most:", at: node, fix: "keep one bound")
            }
            result.atMost = Read.number(node, what: "at-most", &diagnostics)
        }
        if let node = fields["every"], let text = Read.text(node, what: "every", &diagnostics) {
            result.every = PeriodUnit(rawValue: text)
            if result.every == nil {
                diagnostics.error("every must be week, month, quarter or half, not \"\(text)\"", at: node,
                                  fix: Suggestion.didYouMean(text, in: PeriodUnit.allCases.map(\.rawValue)) ?? "write every: month")
            }
        }
        misplaced("periods", unless: result.every != nil, "periods: says how many every: periods must meet it", &diagnostics)
        result.periods = fields["periods"].flatMap { Read.quota($0, what: "periods", &diagnostics) }
        if let node = fields["milestones"] {
            result.milestones = milestones(node, window: window, &diagnostics)
            if result.every != nil { diagnostics.error("milestones: cannot be combined with every:", at: node, fix: "each every: period is its own checkpoint; remove milestones:") }
            if fields.has("at-most") { diagnostics.error("milestones: need at-least:, not at-most:", at: node, fix: "remove milestones:") }
        }
        checkQuota(result.members, node: fields["members"], total: result.each.flatMap { context.rosters[$0]?.members.count }, noun: "members", &diagnostics)
        return result
    }

    func threshold(_ node: Node, measure: Measure?, each: String?, _ diagnostics: inout Diagnostics) -> Threshold? {
        guard let text = Read.text(node, what: "at-least", &diagnostics) else { return nil }
        let isRate = fields.has("share") || fields.has("respond")
        let parts = text.components(separatedBy: " of ")
        if parts.count == 2, let percent = ScalarText.percent(parts[0].trimmingCharacters(in: .whitespaces)) {
            let attribute = parts[1].trimmingCharacters(in: .whitespaces)
            guard let each, !isRate else {
                diagnostics.error("at-least: P% of ATTRIBUTE needs each: and a count: or sum:", at: node, fix: "add each: ROSTER, whose members carry \(attribute):")
                return nil
            }
            // A missing roster was reported at each:, unless a template leaves it to its programmes.
            if context.rosters[each] == nil && !context.rostersOpen { return nil }
            for member in context.rosters[each]?.members ?? [] {
                guard case .number? = member.attributes[attribute] else {
                    diagnostics.error("member \"\(member.name)\" of roster \"\(each)\" has no number \"\(attribute)\"", at: node,
                                      fix: "give every member of \(each) an attribute, e.g. {name: \(member.name), \(attribute): 40} (line \(member.line))")
                    return nil
                }
            }
            return .percentOf(percent, attribute: attribute)
        }
        if let percent = ScalarText.percent(text) {
            guard isRate else {
                diagnostics.error("at-least: \(text) is a percentage, but \(measure?.name ?? "this measure") counts records", at: node,
                                  fix: "write a number, or \(text) of ATTRIBUTE with each:")
                return nil
            }
            guard percent <= 100 else {
                diagnostics.error("a percentage cannot be above 100%", at: node, fix: "write at most 100%")
                return nil
            }
            return .percent(percent)
        }
        if isRate {
            diagnostics.error("\(fields.has("share") ? "share" : "respond") is a percentage, so at-least must be one, not \"\(text)\"", at: node, fix: "write e.g. at-least: \(text)%")
            return nil
        }
        guard let number = Read.number(node, what: "at-least", &diagnostics) else { return nil }
        guard number >= 0 else {
            diagnostics.error("at-least cannot be negative", at: node, fix: "write 0 or more")
            return nil
        }
        return .number(number)
    }

    func milestones(_ node: Node, window: DateWindow?, _ diagnostics: inout Diagnostics) -> [Milestone] {
        guard let items = node.sequence else {
            diagnostics.error("milestones must be a list", at: node, fix: "write milestones: [{by: 2024-06-30, at-least: 1}]")
            return []
        }
        var result: [Milestone] = []
        for item in items {
            guard let fields = NodeFields(item, what: "a milestone", allowed: ["by", "at-least"], diagnostics: &diagnostics),
                  let byNode = fields.required("by", what: "a milestone", example: "by: 2024-06-30", diagnostics: &diagnostics),
                  let atLeastNode = fields.required("at-least", what: "a milestone", example: "at-least: 1", diagnostics: &diagnostics),
                  let by = Read.day(byNode, what: "by", &diagnostics),
                  let text = Read.text(atLeastNode, what: "at-least", &diagnostics) else { continue }
            if let window, !window.contains(by) {
                diagnostics.error("the milestone \(by) is outside the target's window \(window)", at: byNode, fix: "use a date from \(window.from) to \(window.to)")
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
        diagnostics.error("\(noun): \(count) is more than the \(total) there are", at: node, fix: "write at most \(total), or a percentage")
    }

    func checkRosters(_ expression: Expression, at node: Node, _ diagnostics: inout Diagnostics) {
        for name in expression.rosterNames where context.rosters[name] == nil && !context.rostersOpen {
            diagnostics.error("\"in \(name)\" names no roster", at: node, fix: Suggestion.didYouMean(name, in: Array(context.rosters.keys)) ?? "use in [a, b] for a list of values, or add the roster")
        }
    }

    func misplaced(_ key: String, unless allowed: Bool, _ why: String, _ diagnostics: inout Diagnostics) {
        guard !allowed, let node = fields.keyNode(key) else { return }
        diagnostics.error("\(key): does not apply here: \(why)", at: node, fix: "remove \(key): or change the measure")
    }
}
