import Foundation

/// Evaluates every target of a programme against its records as of a date.
///
/// A target's status is decided in one place, `StatusRule.status`, from the facts each evaluation gathers:
/// `TargetEvaluation` (a plain target), `EachEvaluation` (per member), `EveryEvaluation` (per period)
/// and the exemption below.
public struct Evaluator: Sendable {
    /// What every target's evaluation reads, held once: each evaluation (and each member's and
    /// period's) keeps an evaluator, and copying a programme and its records field by field costs
    /// dozens of reference counts each time.
    private final class Shared: Sendable {
        let programme: Programme
        let records: RecordSet
        let byKind: KindIndex
        let answers: AnswerIndex
        let context: ExpressionContext
        let memberPositions = MemberPositions()

        init(programme: Programme, records: RecordSet, byKind: KindIndex, answers: AnswerIndex, context: ExpressionContext) {
            self.programme = programme
            self.records = records
            self.byKind = byKind
            self.answers = answers
            self.context = context
        }
    }

    private let shared: Shared
    public let asOf: Day
    public var programme: Programme { shared.programme }
    public var records: RecordSet { shared.records }
    /// Record indices per activity kind, by date: built once, shared by all targets.
    var byKind: KindIndex { shared.byKind }
    /// Answers (`with` records) by the trigger id they name.
    var answers: AnswerIndex { shared.answers }
    var context: ExpressionContext { shared.context }
    /// Which member each value of a field names, shared by the `each:` targets.
    var memberPositions: MemberPositions { shared.memberPositions }
    /// Whether results keep each count's and sum's running total (the HTML burn-up chart's points);
    /// a roll-up that only keeps summaries turns it off.
    public var keepsSeries = true

    public init(programme: Programme, records: RecordSet, asOf: Day) {
        self.asOf = asOf
        let byKind = KindIndex(records.records, kinds: records.kinds.count)
        let answerKinds = Set(programme.targets.flatMap { target -> [String] in
            if case .respond(_, let with, _) = target.measure { return with }
            return []
        }.compactMap { records.existingKindID($0) })
        let answers = answerKinds.isEmpty ? AnswerIndex() : AnswerIndex(records: records, kinds: answerKinds.sorted { $0.index < $1.index }, index: byKind)
        shared = Shared(programme: programme, records: records, byKind: byKind, answers: answers,
                        context: ExpressionContext(records: records, rosters: programme.rosters))
    }

    /// The records of `kinds`, in date order (then file order).
    func recordsInDateOrder(of kinds: [String]) -> [Int] {
        // Each kind once, in the order given; a target names one to three, looked for in the list
        // (a set only for a long list, which a list would make quadratic).
        var ids: [KindID] = [], seen = Set<KindID>()
        for kind in kinds {
            guard let id = records.existingKindID(kind), !byKind.records(of: id).isEmpty else { continue }
            if kinds.count <= 8 ? !ids.contains(id) : seen.insert(id).inserted { ids.append(id) }
        }
        var result: [Int] = []
        result.reserveCapacity(ids.reduce(0) { $0 + byKind.records(of: $1).count })
        for id in ids { result.append(contentsOf: byKind.records(of: id).lazy.map { Int($0) }) }
        if ids.count > 1 { result.sort(by: records.comesBefore) }
        return result
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
        var result = recordsInDateOrder(of: kinds)
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
