import Foundation

/// Evaluates every target of a programme against its records as of a date.
public struct Evaluator: Sendable {
    public let programme: Programme
    public let records: RecordSet
    public let asOf: Day
    /// Record indices per activity kind, sorted by date: built once, shared by all targets.
    let byKind: [[Int]]
    /// Answers (`with` records) by the trigger id they name.
    let answersByTrigger: [String: [Int]]
    let context: ExpressionContext

    public init(programme: Programme, records: RecordSet, asOf: Day) {
        self.programme = programme
        self.records = records
        self.asOf = asOf
        var byKind = [[Int]](repeating: [], count: records.kinds.count)
        for (index, record) in records.records.enumerated() { byKind[Int(record.kind)].append(index) }
        self.byKind = byKind.map { list in list.sorted { records.records[$0].day < records.records[$1].day } }
        var answers: [String: [Int]] = [:]
        for (index, _) in records.records.enumerated() {
            if case .text(let id)? = records.value(KnownField.respondsTo, of: index) { answers[id, default: []].append(index) }
        }
        answersByTrigger = answers
        context = ExpressionContext(records: records, rosters: programme.rosters)
    }

    /// Evaluates the whole programme.
    public func evaluate() -> ProgrammeResult {
        let results = programme.targets.map { evaluate($0) }
        let exemptions = programme.exemptions.map { ExemptionResult(exemption: $0, expired: !$0.applies(on: asOf)) }
        return ProgrammeResult(programme: programme, asOf: asOf, targets: results, records: records, exemptions: exemptions)
    }

    /// Evaluates one target.
    public func evaluate(_ target: Target) -> TargetResult {
        let exemptions = programme.exemptions.filter { $0.target == target.id }
            .map { ExemptionResult(exemption: $0, expired: !$0.applies(on: asOf)) }
        var result = TargetEvaluation(evaluator: self, target: target).run()
        result.exemptions = exemptions
        if exemptions.contains(where: { $0.exemption.member == nil && !$0.expired }) {
            result.status = .exempt
        }
        return result
    }

    /// Records of `kinds` dated on or before the as-of date that satisfy the target's `where`, by date.
    func candidates(_ kinds: [String], condition: Expression?) -> [Int] {
        var result: [Int] = []
        for kind in kinds {
            guard let id = records.existingKindID(kind) else { continue }
            result += byKind[Int(id)]
        }
        if kinds.count > 1 { result.sort { records.records[$0].day < records.records[$1].day } }
        return result.filter { index in
            records.records[index].day <= asOf && (condition?.holds(for: index, in: context) ?? true)
        }
    }

    /// Why a record of the target's kinds did or did not count; nil when it counted.
    public func exclusion(of index: Int, for target: Target, window: DateWindow) -> String? {
        let day = records.records[index].day
        if day > asOf { return "dated \(day), after the as-of date \(asOf)" }
        if !window.contains(day) { return "dated \(day), outside the window \(window.from) to \(window.to)" }
        if let condition = target.condition, !condition.holds(for: index, in: context) {
            return "where: \(target.conditionText ?? "") does not hold"
        }
        return nil
    }
}
