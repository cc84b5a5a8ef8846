import Foundation

/// Evaluates an `each` target: the threshold applies to every roster member separately,
/// and the target's value is the number of members that meet it.
struct EachEvaluation {
    let base: TargetEvaluation

    var target: Target { base.target }
    var programme: Programme { base.evaluator.programme }

    /// The scope's records grouped by the roster member their key field names.
    func groups(_ roster: Roster) -> [Int: [Int]] {
        let records = base.records
        guard let keyID = records.existingFieldID(target.key) else { return [:] }
        var cache: [UInt64: Int?] = [:]
        var groups: [Int: [Int]] = [:]
        for index in base.scope {
            guard let key = records.valueKey(keyID, of: index) else { continue }
            let position: Int?
            if let cached = cache[key] { position = cached } else {
                position = records.value(keyID, of: index).flatMap { roster.member(named: $0.description) }
                cache[key] = position
            }
            if let position { groups[position, default: []].append(index) }
        }
        return groups
    }

    /// A member's own threshold: the target's number, or P% of its attribute rounded up.
    func threshold(of member: Roster.Member) -> Decimal {
        switch target.atLeast {
        case .number(let value), .percent(let value): return value
        case .percentOf(let percent, let attribute):
            guard case .number(let base)? = member.attributes[attribute] else { return 0 }
            return Decimal(Exact.ceil(percent * base / 100))
        }
    }

    func evaluate(_ window: DateWindow, milestones: [Milestone]) -> TargetResult {
        let roster = target.each.flatMap { programme.rosters[$0] } ?? Roster(name: "", members: [])
        let exempted = Set(base.evaluator.programme.exemptions
            .filter { $0.target == target.id && $0.applies(on: base.asOf) }
            .compactMap(\.member))
        let grouped = groups(roster)
        var members: [MemberResult] = []
        var evidence: [Int] = []
        var milestoneReached = [Int](repeating: 0, count: milestones.count)
        var milestoneRequired = [Decimal](repeating: 0, count: milestones.count)
        for (position, member) in roster.members.enumerated() {
            let isExempt = exempted.contains(member.name)
            let threshold = threshold(of: member)
            let outcome = base.status(of: grouped[position] ?? [], threshold: threshold, window: window, milestones: milestones)
            let measured = outcome.measured
            let meets = target.atMost.map { measured.atMost($0) } ?? measured.atLeast(threshold)
            members.append(MemberResult(name: member.name, value: measured.value, threshold: target.atMost ?? threshold,
                                        meets: meets, keepsPace: meets || (outcome.keepsPace && !window.isClosed(on: base.asOf)), exempt: isExempt))
            guard !isExempt else { continue }
            evidence += measured.counted
            for (index, milestone) in outcome.milestones.enumerated()
            where milestone.state == .reached || (milestone.state == .upcoming && milestone.value >= milestone.required) {
                milestoneReached[index] += 1
            }
        }
        let active = members.filter { !$0.exempt }
        let required = target.members?.required(of: active.count) ?? active.count
        let meeting = active.filter(\.meets).count
        let keeping = active.filter(\.keepsPace).count
        let closed = window.isClosed(on: base.asOf)
        let status: Status
        if window.isUpcoming(on: base.asOf) {
            status = .upcoming
        } else if target.atMost != nil {
            status = meeting < required ? .missed : (closed ? .met : .onTrack)
        } else if meeting >= required {
            status = .met
        } else if closed {
            status = .missed
        } else {
            status = keeping >= required ? .onTrack : .behind
        }
        var result = TargetResult(target: target, status: status, value: Decimal(meeting), required: Decimal(required), window: window)
        result.members = members
        result.missing = active.filter { !$0.meets }.map(\.name)
        result.evidence = evidence.sorted { base.records.records[$0].day < base.records.records[$1].day }
        for index in milestones.indices { milestoneRequired[index] = Decimal(required) }
        result.milestones = milestones.enumerated().map { index, milestone in
            let state: MilestoneResult.State = base.asOf > milestone.by ? (milestoneReached[index] >= required ? .reached : .missed) : .upcoming
            return MilestoneResult(by: milestone.by, required: milestoneRequired[index], value: Decimal(milestoneReached[index]), state: state)
        }
        return result
    }
}

/// Evaluates an `every` target: each calendar period of the window is measured on its own.
struct EveryEvaluation {
    let base: TargetEvaluation
    let unit: PeriodUnit

    func run() -> TargetResult {
        let target = base.target
        let window = target.window
        let asOf = base.asOf
        let periodResults = unit.periods(of: window).map { base.evaluate($0, milestones: []) }
        let required = target.periods?.required(of: periodResults.count) ?? periodResults.count
        let failed = periodResults.filter { $0.status == .missed }.count
        let met = periodResults.filter { $0.status == .met }.count
        let current = periodResults.first { $0.window.contains(asOf) }
        let status: Status
        if window.isUpcoming(on: asOf) {
            status = .upcoming
        } else if failed > periodResults.count - required {
            status = .missed
        } else if window.isClosed(on: asOf) {
            status = .met
        } else {
            status = current.map { $0.status == .met || $0.status == .onTrack } ?? true ? .onTrack : .behind
        }
        var result = TargetResult(target: target, status: status, value: Decimal(met), required: Decimal(required), window: window)
        result.periods = periodResults.map { PeriodResult(window: $0.window, status: $0.status, value: $0.value, required: $0.required) }
        result.evidence = periodResults.flatMap(\.evidence)
        result.triggers = periodResults.flatMap(\.triggers)
        let shown = current ?? periodResults.last { $0.status != .upcoming }
        result.missing = shown?.missing ?? []
        result.members = shown?.members ?? []
        result.pace = current?.pace
        return result
    }
}
