/// Why a record of a target's kinds was left out of its value.
public enum Exclusion: Sendable, Equatable {
    case afterAsOf(Day)
    case outsideWindow(DateWindow)
    case conditionFalse(String)
    case notInRoster(value: String, roster: String)
    case noKey(field: String)
    case exemptMember(String)
    case missingField(String)
    case notAnswer
}

/// What `tally explain` shows: the records that counted, those left out and why, and the result.
public struct Explanation: Sendable {
    public var result: TargetResult
    public var asOf: Day
    public var counted: RecordIndices
    public var leftOut: [(record: Int, why: Exclusion)]

    /// Explains `target` as `evaluator` sees it.
    public init(evaluator: Evaluator, target: Target) {
        self.init(evaluator: evaluator, result: evaluator.evaluate(target))
    }

    /// Explains a result `evaluator` already gave (reports explain every target without evaluating it twice);
    /// without `includeLater`, records dated after the as-of date are not looked at (reports as of that date).
    public init(evaluator: Evaluator, result: TargetResult, includeLater: Bool = true) {
        self.result = result
        asOf = evaluator.asOf
        counted = result.evidence
        var leftOut: [(Int, Exclusion)] = []
        Explanation.eachLeftOut(evaluator: evaluator, result: result, includeLater: includeLater) { leftOut.append(($0, $1)) }
        self.leftOut = leftOut
    }

    /// Hands `body` each record of the target's kinds that did not count, in date order, with its
    /// reason, without keeping them: reports that show the first few of a million need not hold the million.
    public static func eachLeftOut(evaluator: Evaluator, result: TargetResult, includeLater: Bool = true, _ body: (Int, Exclusion) -> Void) {
        let target = result.target
        let records = evaluator.records
        var isCounted = [Bool](repeating: false, count: records.count)
        for index in result.evidence { isCounted[index] = true }
        let all = evaluator.recordsInDateOrder(of: target.measure.kinds)
        let end = includeLater ? all.endIndex : evaluator.upperBound(all, evaluator.asOf)
        let roster = target.each.flatMap { evaluator.programme.rosters[$0] }
        let exempted = evaluator.exemptedMembers(of: target)
        let holds = target.condition?.compiled(evaluator.context)
        for index in all[..<end] where !isCounted[index] {
            body(index, Explanation.reason(index, target: target, evaluator: evaluator, roster: roster, exempted: exempted, holds: holds))
        }
    }

    /// The records left out for a reason other than being dated after the as-of date: what a report
    /// as of that date should still tell (a conference held after the deadline, a unit not on the roster).
    public var leftOutAsOf: [(record: Int, why: Exclusion)] {
        leftOut.filter { if case .afterAsOf = $0.why { return false } else { return true } }
    }

    static func reason(_ index: Int, target: Target, evaluator: Evaluator, roster: Roster?, exempted: Set<String>,
                       holds: ((Int) -> Bool)?) -> Exclusion {
        let records = evaluator.records
        let day = records.records[index].day
        if day > evaluator.asOf { return .afterAsOf(day) }
        if case .respond(_, let with, _) = target.measure, with.contains(records.kind(of: index)) {
            return .notAnswer
        }
        if !target.window.contains(day) { return .outsideWindow(target.window) }
        if let holds, !holds(index) {
            return .conditionFalse(target.conditionText ?? "")
        }
        if let roster {
            guard let keyID = records.existingFieldID(target.key), let key = records.value(keyID, of: index) else { return .noKey(field: target.key) }
            guard let position = roster.member(named: key.description) else { return .notInRoster(value: key.description, roster: roster.name) }
            if exempted.contains(roster.members[position].name) { return .exemptMember(roster.members[position].name) }
        }
        switch target.measure {
        case .count(_, let distinct?): return .missingField(distinct)
        case .sum(let field, _): return .missingField(field)
        default: return .notAnswer
        }
    }
}
