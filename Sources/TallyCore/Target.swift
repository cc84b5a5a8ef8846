import Foundation

/// A threshold: a number, a percentage, or (with `each`) a percentage of a member's attribute.
public enum Threshold: Sendable, Equatable {
    case number(Decimal)
    case percent(Decimal)
    case percentOf(Decimal, attribute: String)
}

/// How many of something must meet a target: `N` or `P%` (rounded up).
public enum Quota: Sendable, Equatable {
    case count(Int)
    case percent(Decimal)

    /// The number required out of `total`.
    public func required(of total: Int) -> Int {
        switch self {
        case .count(let count): return count
        case .percent(let percent): return Exact.ceil(percent: percent, of: Decimal(total))
        }
    }
}

/// What a target measures (exactly one per target).
public enum Measure: Sendable, Equatable {
    case count(kinds: [String], distinct: String?)
    case sum(field: String, kinds: [String])
    case share(kinds: [String], that: Expression)
    case respond(to: [String], with: [String], within: Int)

    /// The activity kinds whose records the measure reads.
    public var kinds: [String] {
        switch self {
        case .count(let kinds, _), .sum(_, let kinds), .share(let kinds, _): kinds
        case .respond(let to, let with, _): to + with
        }
    }

    /// The measure's key in the programme file.
    public var name: String {
        switch self {
        case .count: "count"
        case .sum: "sum"
        case .share: "share"
        case .respond: "respond"
        }
    }

    /// Whether the value can only grow as records are added (count and sum).
    public var isMonotone: Bool {
        switch self {
        case .count, .sum: true
        case .share, .respond: false
        }
    }

    /// Whether the value is a percentage (share and respond).
    public var isPercentage: Bool { !isMonotone }
}

/// A checkpoint: by a date, at least N (or P% of the final threshold).
public struct Milestone: Sendable, Equatable {
    public var by: Day
    public var atLeast: Threshold
}

/// One target (chỉ tiêu) of a programme.
public struct Target: Sendable {
    public var id: String
    public var title: String
    public var owner: String?
    public var weight: Decimal { didSet { wholeWeight = Exact.whole(weight) } }
    /// The weight when it is a whole number up to a million (nearly always 1): scores are then
    /// summed in integers.
    public private(set) var wholeWeight: Int?
    public var measure: Measure
    public var condition: Expression?
    /// The `where` text as written, for reports.
    public var conditionText: String?
    public var thatText: String?
    public var each: String?
    public var key: String
    public var members: Quota?
    public var atLeast: Threshold { didSet { atLeastBound = Self.bound(atLeast) } }
    public var atMost: Decimal? { didSet { atMostBound = atMost.map(WholeBound.init) } }
    /// The bounds with their integers worked out once (loading is memoised across a roll-up, and
    /// evaluation compares with them for every member and period): see `WholeBound`.
    private(set) var atLeastBound: WholeBound
    private(set) var atMostBound: WholeBound?
    public var window: DateWindow
    public var every: PeriodUnit?
    public var periods: Quota?
    public var milestones: [Milestone]
    /// Where the target is written, for messages.
    public var line: Int
    /// The template file the target comes from, or nil for the programme's own targets.
    public var from: String?
    /// For a target from a template, the title the template gives it, whatever the programme's
    /// `override:` says: the title a roll-up heads the target's row with.
    public var templateTitle: String?

    public init(id: String, title: String, owner: String? = nil, weight: Decimal = 1, measure: Measure,
                condition: Expression? = nil, conditionText: String? = nil, thatText: String? = nil,
                each: String? = nil, key: String = "unit", members: Quota? = nil,
                atLeast: Threshold, atMost: Decimal? = nil, window: DateWindow, every: PeriodUnit? = nil,
                periods: Quota? = nil, milestones: [Milestone] = [], line: Int = 0, from: String? = nil, templateTitle: String? = nil) {
        self.id = id
        self.title = title
        self.owner = owner
        self.weight = weight
        wholeWeight = Exact.whole(weight)
        self.measure = measure
        self.condition = condition
        self.conditionText = conditionText
        self.thatText = thatText
        self.each = each
        self.key = key
        self.members = members
        self.atLeast = atLeast
        self.atMost = atMost
        atLeastBound = Self.bound(atLeast)
        atMostBound = atMost.map(WholeBound.init)
        self.window = window
        self.every = every
        self.periods = periods
        self.milestones = milestones
        self.line = line
        self.from = from
        self.templateTitle = templateTitle
    }

    /// The threshold when it does not depend on a member: a number, or a percentage for share and respond.
    private static func bound(_ threshold: Threshold) -> WholeBound {
        switch threshold {
        case .number(let value), .percent(let value): WholeBound(value)
        case .percentOf: WholeBound(whole: 0)
        }
    }
}

/// Exact decimal helpers.
public enum Exact {
    /// The smallest integer not below `value`.
    public static func ceil(_ value: Decimal) -> Int {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .up)
        return NSDecimalNumber(decimal: result).intValue
    }

    /// ceil(`percent` × `base` / 100): the members or the amount a percentage asks for (see `DecimalTables`).
    public static func ceil(percent: Decimal, of base: Decimal) -> Int {
        // Whole numbers (80% of 12 members), read from their digits, in integers: the same ceiling.
        if let percent = DecimalDigits.integer(percent), let base = DecimalDigits.integer(base),
           (0...1_000_000).contains(percent), (0...1_000_000).contains(base) {
            return (percent * base + 99) / 100
        }
        return DecimalTables.ceil(percent: percent, of: base)
    }

    /// `value` as an integer when it is a whole number from 0 to a million; nil otherwise.
    public static func whole(_ value: Decimal) -> Int? {
        integer(value).flatMap { (0...1_000_000).contains($0) ? $0 : nil }
    }

    /// `value` as an integer when it is a whole number of at most 15 digits (either sign); nil otherwise.
    public static func integer(_ value: Decimal) -> Int? {
        if let quick = DecimalDigits.integer(value) { return quick }
        guard !value.isNaN, value.exponent <= 15, value.exponent >= 0 || floor(value) == value,
              abs(value) < 1_000_000_000_000_000 else { return nil }
        return Int(NSDecimalNumber(decimal: value).int64Value)
    }

    /// The largest integer not above `value`, as a decimal.
    public static func floor(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .down)
        return result
    }

    /// A plain `Double` for JSON output.
    public static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}
