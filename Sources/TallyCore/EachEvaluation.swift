import Foundation

/// Evaluates an `each` target: the threshold applies to every roster member separately,
/// and the target's value is the number of members that meet it.
struct EachEvaluation {
    let base: TargetEvaluation

    var target: Target { base.target }
    var programme: Programme { base.evaluator.programme }

    /// The scope's records grouped by the roster member their key field names.
    func groups(_ roster: Roster) -> [[Int]] {
        let records = base.records
        var groups = [[Int]](repeating: [], count: roster.members.count)
        guard let keyID = records.existingFieldID(target.key) else { return groups }
        let shared = base.evaluator.memberPositions, sharedKey = MemberPositions.Key(roster: roster.name, field: keyID)
        var cache = shared.take(sharedKey)
        defer { shared.give(cache, for: sharedKey) }
        var last: (key: UInt64, position: Int?)?
        for index in base.scope {
            guard let key = records.valueKey(keyID, of: index) else { continue }
            let position: Int?
            // Records of one member often come together: the last answer is tried before the cache.
            if let last, last.key == key { position = last.position } else if let cached = cache[key] { position = cached } else {
                position = records.value(keyID, of: index).flatMap { roster.member(named: $0.description) }
                cache[key] = position
            }
            last = (key, position)
            if let position { groups[position].append(index) }
        }
        return groups
    }

    /// A member's own threshold: the target's number, or P% of its attribute rounded up.
    func threshold(of member: Roster.Member) -> WholeBound {
        switch target.atLeast {
        case .number, .percent: return target.atLeastBound
        case .percentOf(let percent, let attribute):
            guard case .number(let base)? = member.attributes[attribute] else { return WholeBound(whole: 0) }
            return WholeBound(whole: Exact.ceil(percent: percent, of: base))
        }
    }

    func evaluate(_ window: DateWindow, milestones: [Milestone]) -> TargetResult {
        let roster = target.each.flatMap { programme.rosters[$0] } ?? Roster(name: "", members: [])
        let exempted = base.evaluator.exemptedMembers(of: target)
        let grouped = groups(roster)
        var members: [MemberResult] = []
        members.reserveCapacity(roster.members.count)
        var evidence = RecordIndices()
        var milestoneReached = [Int](repeating: 0, count: milestones.count)
        var milestoneMissing = [[String]](repeating: [], count: milestones.count)
        var milestoneRequired = [Decimal](repeating: 0, count: milestones.count)
        for (position, member) in roster.members.enumerated() {
            let isExempt = exempted.contains(member.name)
            let threshold = threshold(of: member)
            let outcome = base.status(of: grouped[position], threshold: threshold, window: window, milestones: milestones)
            let measured = outcome.measured
            let meets = outcome.rule.holds
            var rule = outcome.rule
            rule.exempt = isExempt
            members.append(MemberResult(name: member.name, value: measured.value, threshold: target.atMost ?? threshold.value,
                                        meets: meets, keepsPace: meets || (outcome.keepsPace && rule.window == .open),
                                        exempt: isExempt, status: rule.status))
            guard !isExempt else { continue }
            evidence += measured.counted
            for (index, milestone) in outcome.milestones.enumerated() {
                if milestone.state == .reached || (milestone.state == .upcoming && milestone.value >= milestone.required) {
                    milestoneReached[index] += 1
                } else {
                    milestoneMissing[index].append(member.name)
                }
            }
        }
        let active = members.filter { !$0.exempt }
        let required = target.members?.required(of: active.count) ?? active.count
        let meeting = active.filter(\.meets).count
        let keeping = active.filter(\.keepsPace).count
        // Members that meet their threshold are what the target counts; with `at-most`, a member over its
        // bound cannot come back under it, so too few members left meeting it can no longer be made good.
        let rule = StatusRule(window: WindowState(window, on: base.asOf), holds: meeting >= required,
                              keepsPace: keeping >= required, monotone: target.atMost == nil,
                              unreachable: target.atMost != nil && meeting < required)
        var result = TargetResult(target: target, rule: rule, value: Decimal(meeting), required: Decimal(required), window: window)
        result.members = members
        result.missing = active.filter { !$0.meets }.map(\.name)
        result.evidence = RecordIndices(evidence.sorted { base.records.records[$0].day < base.records.records[$1].day })
        for index in milestones.indices { milestoneRequired[index] = Decimal(required) }
        result.milestones = milestones.enumerated().map { index, milestone in
            let state: MilestoneResult.State = base.asOf > milestone.by ? (milestoneReached[index] >= required ? .reached : .missed) : .upcoming
            return MilestoneResult(by: milestone.by, required: milestoneRequired[index], value: Decimal(milestoneReached[index]),
                                   state: state, missing: milestoneMissing[index])
        }
        return result
    }
}
