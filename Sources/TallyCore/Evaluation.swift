import Foundation

/// The status of one target as of a date (FORMAT.md section 6).
public enum Status: String, Sendable, CaseIterable, Codable {
    case upcoming, met
    case onTrack = "on-track"
    case behind, missed, exempt
}

/// The verdict on a whole programme.
public enum Verdict: String, Sendable, Codable {
    case compliant
    case atRisk = "at-risk"
    case nonCompliant = "non-compliant"

    /// The verdicts worst first: the order of a roll-up's summary and of its verdict columns.
    public static let worstFirst: [Verdict] = [.nonCompliant, .atRisk, .compliant]
}

/// How one roster member of an `each` target stands.
public struct MemberResult: Sendable {
    public var name: String
    public var value: Decimal
    /// The member's own threshold (with `at-most`, its bound).
    public var threshold: Decimal
    public var meets: Bool
    public var keepsPace: Bool
    public var exempt: Bool
    /// The member's own status, decided by `StatusRule` like a target's.
    public var status: Status
}

/// How one `every` period stands.
public struct PeriodResult: Sendable {
    public var window: DateWindow
    public var status: Status
    public var value: Decimal
    public var required: Decimal
}

/// A milestone as of the evaluation date.
public struct MilestoneResult: Sendable {
    public enum State: String, Sendable { case upcoming, reached, missed }
    public var by: Day
    public var required: Decimal
    /// The value on the milestone's date (or so far, while it is upcoming).
    public var value: Decimal
    public var state: State
    /// With `each`: the members (not exempt) that do not reach the milestone's own threshold, by name.
    public var missing: [String] = []
}

/// One `respond` trigger and what became of it (made when a `TriggerList` is read).
public struct TriggerResult: Sendable {
    public enum State: String, Sendable { case inTime = "in-time", late, pending, overdue }
    public var id: String
    /// The trigger's record.
    public var record: Int
    public var deadline: Day
    /// The day of the first answer, if answered.
    public var answeredOn: Day?
    /// The first answer's record, if answered.
    public var answer: Int?
    public var state: State
}

/// An exemption as it stands on the evaluation date.
public struct ExemptionResult: Sendable {
    public var exemption: Exemption
    public var expired: Bool
}

/// What a target's value counts, so reports name it: records, an amount, a percentage, members or periods.
public enum ValueUnit: String, Sendable {
    case records
    case amount = "sum"
    case percent, members, periods
}

/// The evaluation of one target.
public struct TargetResult: Sendable {
    public var target: Target
    /// The facts the status is decided from (see `StatusRule`).
    public var rule: StatusRule
    /// The target's status, as `StatusRule` decides it.
    public var status: Status { rule.status }
    /// The measured value: records, sum, percentage, members or periods meeting.
    public var value: Decimal
    /// What `value` must reach (or, with `at-most`, not exceed).
    public var required: Decimal
    public var window: DateWindow
    /// What the value should be by now to keep pace, while the window is open.
    public var pace: Decimal?
    public var missing: [String] = []
    public var members: [MemberResult] = []
    public var periods: [PeriodResult] = []
    public var milestones: [MilestoneResult] = []
    public var triggers = TriggerList()
    /// Record indices that counted towards the value.
    public var evidence: RecordIndices = []
    /// The running value of a plain `count` or `sum` target after each day with counted records, by
    /// the evaluator's own rules (the burn-up chart); the last point is the value. Nil for targets a
    /// running total does not fit (`each`, `every`, `share`, `respond`).
    public var series: [(day: Day, value: Decimal)]?
    public var exemptions: [ExemptionResult] = []
    /// For share and respond: nothing to measure yet, so the value stands at 100%.
    public var nothingToMeasure = false
    /// The value as the nearest `Double` to the exact fraction (for JSON: 2/3 is 66.66666666666667).
    public var valueAsDouble: Double?

    public init(target: Target, rule: StatusRule, value: Decimal, required: Decimal, window: DateWindow, pace: Decimal? = nil) {
        self.target = target
        self.rule = rule
        self.value = value
        self.required = required
        self.window = window
        self.pace = pace
    }

    public var overdue: [String] { ids(.overdue) }
    public var pending: [String] { ids(.pending) }
    public var late: [String] { ids(.late) }

    /// The ids of the triggers in one state.
    public func ids(_ state: TriggerResult.State) -> [String] { triggers.ids(state) }

    /// Whether `value` must stay at or below `required` (a plain `at-most` target) or reach it.
    public var bound: Bound { rule.bound }
    public var isUpperBound: Bool { rule.bound == .atMost }

    /// The bound of one member's value against its own threshold (`at-most` binds each member).
    public var memberBound: Bound { target.atMost == nil ? .atLeast : .atMost }
    /// The bound of one `every` period's value against its required level (members meeting, with `each`).
    public var periodBound: Bound { target.each == nil ? memberBound : .atLeast }

    /// Why a missed target can no longer be reached (v1.1), when that is why it is missed.
    public enum Unreachable: Sendable { case boundExceeded, recordFails, periodsFailed }
    public var unreachable: Unreachable? {
        guard isUnreachable else { return nil }
        if target.every != nil { return .periodsFailed }
        return target.atMost != nil ? .boundExceeded : .recordFails
    }

    /// What `value` and `required` count.
    public var unit: ValueUnit { target.every != nil ? .periods : periodUnit }

    /// What the value of one `every` period counts (members with `each`, else what the measure counts).
    public var periodUnit: ValueUnit {
        if target.each != nil { return .members }
        switch target.measure {
        case .count: return .records
        case .sum: return .amount
        case .share, .respond: return .percent
        }
    }

    /// The pace reports show beside the value: a plain count or sum, at least a threshold, while its window is open.
    public var shownPace: Decimal? {
        guard status != .exempt, target.every == nil, rule.window == .open else { return nil }
        return pace
    }

    /// Whether this target makes the run fail: missed, or behind under `--strict`.
    public func fails(strict: Bool) -> Bool { status.fails(strict: strict) }

    /// Whether the target is missed because its threshold can no longer be reached, though its window
    /// may still be open (v1.1): reports then say so rather than count elapsed days.
    public var isUnreachable: Bool { status == .missed && rule.cannotBeReached }
}

/// A score: the weight of targets in some statuses over the weight of all non-exempt targets,
/// exact and as the nearest `Double`, with the first rating band it reaches.
public struct Score: Sendable {
    public var value: Decimal
    public var double: Double
    public var rating: String?

    init(value: Decimal, double: Double, rating: String?) {
        self.value = value
        self.double = double
        self.rating = rating
    }

    init(_ targets: [TargetResult], counting statuses: Set<Status>, bands: [RatingBand]) {
        // The score as a percentage in integers, when the weights are whole (nearly always).
        var percent: Measured?
        if let (part, total) = Self.wholeWeights(targets, counting: statuses) {
            // Summed in integers, each quotient divided once per run.
            value = total > 0 ? DecimalTables.quotient(part, total) : 1
            double = total > 0 ? Double(part) / Double(total) : 1
            percent = total > 0 ? Measured(part: 100 * part, of: total) : Measured(part: 100)
        } else {
            (value, double) = Self.decimalScore(targets, counting: statuses)
        }
        // A whole band is compared in integers (the same answer); another as it always was, with the
        // score rounded in its 38th digit.
        let score = value
        rating = bands.first { band in
            guard let bound = band.atLeast else { return true }
            if let percent, let whole = band.wholeAtLeast { return percent.atLeast(WholeBound(value: bound, whole: whole)) }
            return score * 100 >= bound
        }?.label
    }

    /// The weights of the targets counted and of all non-exempt ones, when every weight is whole.
    /// Read in place through a buffer: a roll-up scores every programme twice, and reading a
    /// result's status through the array copies the whole result (a retain for each of its texts).
    private static func wholeWeights(_ targets: [TargetResult], counting statuses: Set<Status>) -> (Int, Int)? {
        let counted = Array(statuses)
        return targets.withUnsafeBufferPointer { results -> (Int, Int)? in
            var total = 0, part = 0
            for index in results.indices {
                // Each stored field read on its own: `results[index].status` copied the whole result.
                let status = results[index].rule.status
                guard status != .exempt else { continue }
                guard let weight = results[index].target.wholeWeight else { return nil }
                total += weight
                if counted.contains(status) { part += weight }
            }
            return (part, total)
        }
    }

    private static func decimalScore(_ targets: [TargetResult], counting statuses: Set<Status>) -> (Decimal, Double) {
        let counted = Array(statuses)
        var total = Decimal(0), part = Decimal(0)
        targets.withUnsafeBufferPointer { results in
            for index in results.indices {
                let status = results[index].rule.status
                guard status != .exempt else { continue }
                total += results[index].target.weight
                if counted.contains(status) { part += results[index].target.weight }
            }
        }
        return total > 0 ? (part / total, Exact.double(part) / Exact.double(total)) : (1, 1)
    }
}

/// The evaluation of a whole programme as of a date.
public struct ProgrammeResult: Sendable {
    public var programme: Programme
    public var asOf: Day
    public var targets: [TargetResult]
    public var records: RecordSet
    public var exemptions: [ExemptionResult]
    /// The evaluator that gave this result, kept for what reports ask of Core afterwards (the records
    /// left out of a target and why) without indexing the records a second time.
    public let evaluator: Evaluator

    /// `non-compliant` if any target is missed, `at-risk` if any is behind, else `compliant`.
    public var verdict: Verdict {
        targets.withUnsafeBufferPointer { results in
            var behind = false
            for index in results.indices {
                switch results[index].rule.status {
                case .missed: return .nonCompliant
                case .behind: behind = true
                default: break
                }
            }
            return behind ? .atRisk : .compliant
        }
    }

    /// Each target's status, in order, read in place (mapping the results copied each one).
    public var statuses: [Status] {
        targets.withUnsafeBufferPointer { results in results.indices.map { results[$0].rule.status } }
    }

    /// The score: weight of met targets over the weight of all non-exempt targets (1 when there is none).
    public var achieved: Score { Score(targets, counting: [.met], bands: programme.rating) }
    /// (v1.1) The projected score: weight of met and on-track targets over the weight of all non-exempt targets.
    public var projected: Score { Score(targets, counting: [.met, .onTrack], bands: programme.rating) }

    /// (v1.1) Until the programme's period has ended, the score and rating are provisional.
    public var isProvisional: Bool { asOf <= programme.period.to }

    /// Whether the run fails because of this programme: a target missed, or behind under `--strict`.
    public func fails(strict: Bool) -> Bool { targets.contains { $0.fails(strict: strict) } }


    /// How many targets have each status.
    public var counts: [Status: Int] {
        statuses.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
