import Foundation

/// Evaluates one target: its measure over its window, per member with `each`,
/// per calendar period with `every`, with pace, milestones and respond triggers.
struct TargetEvaluation {
    let evaluator: Evaluator
    let target: Target
    /// The target's records dated on or before the as-of date that satisfy `where`
    /// (for `respond`, the triggers), by date.
    let scope: [Int]
    /// The share's condition, compiled once.
    let that: ((Int) -> Bool)?
    let distinctKeys = DistinctKeys()
    let paces = PaceMemo()

    init(evaluator: Evaluator, target: Target) {
        self.evaluator = evaluator
        self.target = target
        if case .share(_, let condition) = target.measure { that = condition.compiled(evaluator.context) } else { that = nil }
        if case .respond(let to, _, _) = target.measure {
            scope = evaluator.candidates(to, condition: target.condition)
        } else {
            scope = evaluator.candidates(target.measure.kinds, condition: target.condition)
        }
    }

    var records: RecordSet { evaluator.records }
    var asOf: Day { evaluator.asOf }

    func run() -> TargetResult {
        guard let unit = target.every else { return evaluate(target.window, milestones: target.milestones) }
        return EveryEvaluation(base: self, unit: unit).run()
    }

    /// Evaluates the target over one window (the whole window, or one `every` period).
    func evaluate(_ window: DateWindow, milestones: [Milestone]) -> TargetResult {
        if target.each != nil { return EachEvaluation(base: self).evaluate(window, milestones: milestones) }
        let threshold = target.atLeastBound
        // A plain target's running total is worked out with its value (not for each `every` period).
        let outcome = status(of: scope, threshold: threshold, window: window, milestones: milestones, series: evaluator.keepsSeries && target.every == nil)
        let measured = outcome.measured
        var result = TargetResult(target: target, rule: outcome.rule, value: measured.value,
                                  required: target.atMost ?? threshold.value, window: window, pace: outcome.pace)
        result.milestones = outcome.milestones
        result.evidence = measured.counted
        result.series = measured.series
        result.nothingToMeasure = measured.nothingToMeasure
        result.valueAsDouble = measured.double
        if case .respond = target.measure { result.triggers = measured.triggers ?? TriggerList() }
        return result
    }

    /// A set of records measured against a threshold over a window, with the facts its status is decided from.
    struct Outcome {
        var rule: StatusRule
        var measured: Measured
        var pace: Decimal?
        var milestones: [MilestoneResult]
        var status: Status { rule.status }
        var keepsPace: Bool { rule.keepsPace }
    }

    /// The status of a set of records against a threshold over a window, as of the evaluation date.
    func status(of subset: [Int], threshold: WholeBound, window: DateWindow, milestones: [Milestone], series: Bool = false) -> Outcome {
        let measured = measure(subset, window: window, upTo: asOf, series: series)
        let state = WindowState(window, on: asOf)
        let reached = milestones.map { milestone -> MilestoneResult in
            let required: Decimal
            switch milestone.atLeast {
            case .percent(let percent): required = DecimalTables.portion(percent: percent, of: threshold.value)
            case .number(let number), .percentOf(let number, _): required = number
            }
            guard asOf > milestone.by else {
                return MilestoneResult(by: milestone.by, required: required, value: measured.value, state: .upcoming)
            }
            let then = measure(subset, window: window, upTo: milestone.by)
            return MilestoneResult(by: milestone.by, required: required, value: then.value, state: then.atLeast(required) ? .reached : .missed)
        }
        let monotone = target.measure.isMonotone
        let holds = target.atMostBound.map { measured.atMost($0) } ?? measured.atLeast(threshold)
        var pace: Decimal?
        var keepsPace = target.atMost == nil ? true : holds
        if state == .open && target.atMost == nil {
            let due = paces.pace(Elapsed(window, on: asOf), threshold)
            if monotone { pace = due.value }
            let milestoneMissed = reached.contains { $0.state == .missed }
            keepsPace = !milestoneMissed && (monotone ? (milestones.isEmpty ? measured.atLeast(due) : true) : holds)
        }
        // v1.1: a share or respond at 100% with one counted record that fails can never get back to 100%.
        let unreachable = !monotone && (threshold.whole.map { $0 >= 100 } ?? (threshold.value >= 100)) && !measured.nothingToMeasure && !holds
        let rule = StatusRule(window: state, bound: target.atMost == nil ? .atLeast : .atMost, holds: holds,
                              keepsPace: keepsPace, monotone: monotone, unreachable: unreachable)
        return Outcome(rule: rule, measured: measured, pace: pace, milestones: reached)
    }

    /// The value of the measure over the records of `subset` inside `window`, dated on or before `upTo`;
    /// with `series`, a count's or sum's running total after each day (the burn-up chart's points).
    func measure(_ subset: [Int], window: DateWindow, upTo: Day, series: Bool = false) -> Measured {
        let last = min(window.to, upTo)
        let start = evaluator.lowerBound(subset, window.from)
        let inside = start < subset.count ? subset[start..<max(start, evaluator.upperBound(subset, last))] : []
        switch target.measure {
        case .count(_, let distinct?):
            var values = DistinctValues(programme: evaluator.programme, records: records, field: distinct, keys: distinctKeys)
            var counted = RecordIndices()
            var running = series ? RunningTotal() : nil
            for index in inside where values.add(index) {
                counted.append(index)
                running?.after(records.records[index].day, count: values.count)
            }
            return Measured(part: values.count, counted: counted, series: running?.finished)
        case .count:
            return Measured(part: inside.count, counted: RecordIndices(inside),
                            series: series ? RunningTotal.counting(inside, in: records) : nil)
        case .sum(let field, _):
            guard let fieldID = records.existingFieldID(field) else { return Measured(numerator: 0, series: series ? [] : nil) }
            let (total, counted, whole) = records.sum(fieldID, over: inside)
            let running = series ? RunningTotal.adding(fieldID, of: counted, in: records) : nil
            if let whole { return Measured(part: whole, counted: counted, series: running) }
            return Measured(numerator: total, counted: counted, series: running)
        case .share(_, let that):
            guard !inside.isEmpty else { return Measured(part: 100, nothingToMeasure: true) }
            let test = self.that ?? { that.holds(for: $0, in: evaluator.context) }
            let holding = inside.filter(test).count
            return Measured(part: 100 * holding, of: inside.count, counted: RecordIndices(inside))
        case .respond:
            let results = triggers(of: inside, window: window, upTo: upTo)
            var counted = RecordIndices()
            counted.reserveCapacity(results.count * 2)
            var measured = 0, inTime = 0
            for trigger in results.kept {
                counted.append(Int(trigger.record))
                if trigger.answer >= 0 { counted.append(Int(trigger.answer)) }
                if trigger.state != .pending { measured += 1 }
                if trigger.state == .inTime { inTime += 1 }
            }
            guard measured > 0 else { return Measured(part: 100, counted: counted, nothingToMeasure: true, triggers: results) }
            return Measured(part: 100 * inTime, of: measured, counted: counted, triggers: results)
        }
    }

    /// What became of each trigger in `subset` (dated in `window`, on or before `upTo`): its first
    /// answer of a `with` kind dated from the trigger's day to `upTo` (the earliest; the first in the
    /// files on a tie).
    func triggers(of subset: some Collection<Int>, window: DateWindow, upTo: Day) -> TriggerList {
        guard case .respond(_, let with, let within) = target.measure else { return TriggerList() }
        let withKinds = Set(with.compactMap { records.existingKindID($0) })
        var results: [TriggerList.Stored] = []
        results.reserveCapacity(subset.count)
        for index in subset {
            let day = records.records[index].day
            guard day >= window.from, day <= min(window.to, upTo),
                  case .text(let id)? = records.value(KnownField.id, of: index) else { continue }
            let deadline = day.advanced(by: within)
            var first: (record: Int, day: Day)?
            evaluator.answers.forEach(answering: id, in: records) { answer in
                let record = records.records[answer]
                guard withKinds.contains(record.kind), record.day >= day, record.day <= upTo else { return }
                if let known = first, (known.day, known.record) < (record.day, answer) { return }
                first = (answer, record.day)
            }
            let state: TriggerResult.State
            if let answeredOn = first?.day { state = answeredOn <= deadline ? .inTime : .late } else { state = deadline >= upTo ? .pending : .overdue }
            results.append(TriggerList.Stored(record: Int32(index), answer: first.map { Int32($0.record) } ?? -1, deadline: deadline,
                                              answerDay: first?.day ?? deadline, state: state))
        }
        return TriggerList(results, in: records)
    }
}
