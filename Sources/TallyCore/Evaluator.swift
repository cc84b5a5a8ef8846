import Foundation

/// Evaluates every target of a programme against its records as of a date.
///
/// A target's status is decided in one place, `StatusRule.status`, from the facts each evaluation gathers:
/// `TargetEvaluation` (a plain target), `EachEvaluation` (per member), `EveryEvaluation` (per period)
/// and the exemption below.
public struct Evaluator: Sendable {
    public let programme: Programme
    public let records: RecordSet
    public let asOf: Day
    /// Record indices per activity kind, sorted by date: built once, shared by all targets.
    let byKind: [[Int]]
    /// Answers (`with` records) by the trigger id they name.
    let answersByTrigger: [String: [Int]]
    let context: ExpressionContext
    /// Whether results keep each count's and sum's running total (the HTML burn-up chart's points);
    /// a roll-up that only keeps summaries turns it off.
    public var keepsSeries = true

    public init(programme: Programme, records: RecordSet, asOf: Day) {
        self.programme = programme
        self.records = records
        self.asOf = asOf
        var byKind = [[Int]](repeating: [], count: records.kinds.count)
        for index in Evaluator.orderByDay(records.records) { byKind[records.records[index].kind.index].append(index) }
        self.byKind = byKind
        var answers: [String: [Int]] = [:]
        let answerKinds = Set(programme.targets.flatMap { target -> [String] in
            if case .respond(_, let with, _) = target.measure { return with }
            return []
        }.compactMap { records.existingKindID($0) })
        for kind in answerKinds {
            for index in byKind[kind.index] {
                if case .text(let id)? = records.value(KnownField.respondsTo, of: index) { answers[id, default: []].append(index) }
            }
        }
        answersByTrigger = answers
        context = ExpressionContext(records: records, rosters: programme.rosters)
    }

    /// Record indices in date order (stable): a counting sort over days, linear in the records.
    static func orderByDay(_ records: [Record]) -> [Int] {
        guard let first = records.first else { return [] }
        var low = first.day.number, high = first.day.number
        for record in records {
            low = min(low, record.day.number)
            high = max(high, record.day.number)
        }
        let range = Int(high - low) + 1
        guard range <= 4 * records.count + 4096 else {
            return records.indices.sorted { (records[$0].day, $0) < (records[$1].day, $1) }
        }
        var starts = [Int](repeating: 0, count: range + 1)
        for record in records { starts[Int(record.day.number - low) + 1] += 1 }
        for bucket in 0..<range { starts[bucket + 1] += starts[bucket] }
        var order = [Int](repeating: 0, count: records.count)
        for (index, record) in records.enumerated() {
            let bucket = Int(record.day.number - low)
            order[starts[bucket]] = index
            starts[bucket] += 1
        }
        return order
    }

    /// Evaluates the whole programme, its targets in parallel.
    public func evaluate() -> ProgrammeResult {
        let results = ParallelMap.map(programme.targets) { evaluate($0) }
        let exemptions = programme.exemptions.map { ExemptionResult(exemption: $0, expired: !$0.applies(on: asOf)) }
        return ProgrammeResult(programme: programme, asOf: asOf, targets: results, records: records, exemptions: exemptions, evaluator: self)
    }

    /// Evaluates one target.
    public func evaluate(_ target: Target) -> TargetResult {
        let exemptions = programme.exemptions.filter { $0.target == target.id }
            .map { ExemptionResult(exemption: $0, expired: !$0.applies(on: asOf)) }
        var result = TargetEvaluation(evaluator: self, target: target).run()
        result.exemptions = exemptions
        result.rule.exempt = exemptions.contains { $0.exemption.member == nil && !$0.expired }
        return result
    }

    /// The members of an `each` target waived by exemptions that apply on the as-of date: they leave its roster.
    public func exemptedMembers(of target: Target) -> Set<String> {
        Set(programme.exemptions.filter { $0.target == target.id && $0.applies(on: asOf) }.compactMap(\.member))
    }

    /// Records of `kinds` dated on or before the as-of date that satisfy the target's `where`, by date.
    func candidates(_ kinds: [String], condition: Expression?) -> [Int] {
        let lists = Set(kinds).compactMap { records.existingKindID($0) }.map { byKind[$0.index] }
        var result = lists.count == 1 ? lists[0] : lists.flatMap { $0 }
        if lists.count > 1 { result.sort(by: records.comesBefore) }
        result.removeSubrange(upperBound(result, asOf)...)
        guard let condition else { return result }
        return result.filter(condition.compiled(context))
    }

    /// The position after the last record of `sorted` (indices in date order) dated on or before `day`.
    func upperBound(_ sorted: [Int], _ day: Day) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if records.records[sorted[middle]].day <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The position of the first record of `sorted` dated on or after `day`.
    func lowerBound(_ sorted: [Int], _ day: Day) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if records.records[sorted[middle]].day < day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
