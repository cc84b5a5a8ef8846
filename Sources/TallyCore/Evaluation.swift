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
}

/// How one roster member of an `each` target stands.
public struct MemberResult: Sendable {
    public var name: String
    public var value: Decimal
    public var threshold: Decimal
    public var meets: Bool
    public var keepsPace: Bool
    public var exempt: Bool
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
}

/// One `respond` trigger and what became of it.
public struct TriggerResult: Sendable {
    public enum State: String, Sendable { case inTime = "in-time", late, pending, overdue }
    public var id: String
    public var record: Int
    public var deadline: Day
    public var answeredOn: Day?
    public var answer: Int?
    public var state: State
}

/// An exemption as it stands on the evaluation date.
public struct ExemptionResult: Sendable {
    public var exemption: Exemption
    public var expired: Bool
}

/// The evaluation of one target.
public struct TargetResult: Sendable {
    public var target: Target
    public var status: Status
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
    public var triggers: [TriggerResult] = []
    /// Record indices that counted towards the value.
    public var evidence: [Int] = []
    public var exemptions: [ExemptionResult] = []
    /// For share and respond: nothing to measure yet, so the value stands at 100%.
    public var nothingToMeasure = false
    /// The value as the nearest `Double` to the exact fraction (for JSON: 2/3 is 66.66666666666667).
    public var valueAsDouble: Double?

    public var overdue: [String] { triggers.filter { $0.state == .overdue }.map(\.id) }
    public var pending: [String] { triggers.filter { $0.state == .pending }.map(\.id) }
}

/// The evaluation of a whole programme as of a date.
public struct ProgrammeResult: Sendable {
    public var programme: Programme
    public var asOf: Day
    public var targets: [TargetResult]
    public var records: RecordSet
    public var exemptions: [ExemptionResult]

    /// `non-compliant` if any target is missed, `at-risk` if any is behind, else `compliant`.
    public var verdict: Verdict {
        if targets.contains(where: { $0.status == .missed }) { return .nonCompliant }
        if targets.contains(where: { $0.status == .behind }) { return .atRisk }
        return .compliant
    }

    /// Weight of met targets over the weight of all non-exempt targets (1 when there is none).
    public var score: Decimal {
        let counted = targets.filter { $0.status != .exempt }
        let total = counted.reduce(Decimal(0)) { $0 + $1.target.weight }
        guard total > 0 else { return 1 }
        let met = counted.filter { $0.status == .met }.reduce(Decimal(0)) { $0 + $1.target.weight }
        return met / total
    }

    /// The score as the nearest `Double` to the exact fraction.
    public var scoreAsDouble: Double {
        let counted = targets.filter { $0.status != .exempt }
        let total = counted.reduce(0.0) { $0 + Exact.double($1.target.weight) }
        guard total > 0 else { return 1 }
        return counted.filter { $0.status == .met }.reduce(0.0) { $0 + Exact.double($1.target.weight) } / total
    }

    /// The first rating band the score reaches.
    public var rating: String? {
        let percent = score * 100
        return programme.rating.first { band in band.atLeast.map { percent >= $0 } ?? true }?.label
    }

    /// How many targets have each status.
    public var counts: [Status: Int] {
        targets.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }
}
