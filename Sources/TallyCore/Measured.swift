import Foundation

/// A measured value kept as an exact fraction, so thresholds compare without rounding.
public struct Measured: Sendable {
    public var numerator: Decimal
    public var denominator: Decimal
    /// Record indices that made up the value.
    public var counted: RecordIndices
    /// A share or respond with nothing to measure stands at 100%.
    public var nothingToMeasure: Bool
    /// For a count or sum measured with its running total: the value after each day with counted records.
    public var series: [(day: Day, value: Decimal)]?
    /// For a respond target: what became of each trigger measured.
    public var triggers: TriggerList?

    /// The same fraction in integers, when it is one (counts, shares and responds always are): it is
    /// compared, divided and turned into a `Double` without decimal arithmetic (see `WholeBound`).
    public var whole: (numerator: Int, denominator: Int)?

    public init(numerator: Decimal, denominator: Decimal = 1, counted: RecordIndices = [], nothingToMeasure: Bool = false,
                series: [(day: Day, value: Decimal)]? = nil, triggers: TriggerList? = nil) {
        self.numerator = numerator
        self.denominator = denominator
        self.counted = counted
        self.nothingToMeasure = nothingToMeasure
        self.series = series
        self.triggers = triggers
    }

    /// `part / total` (a count when `total` is 1), kept in integers too.
    init(part: Int, of total: Int = 1, counted: RecordIndices = [], nothingToMeasure: Bool = false,
         series: [(day: Day, value: Decimal)]? = nil, triggers: TriggerList? = nil) {
        self.init(numerator: Decimal(part), denominator: Decimal(total), counted: counted, nothingToMeasure: nothingToMeasure,
                  series: series, triggers: triggers)
        whole = (part, total)
    }

    /// The value as one decimal (a percentage is rounded only in its last of 38 digits).
    public var value: Decimal {
        if let whole, whole.denominator != 1 { return DecimalTables.quotient(whole.numerator, whole.denominator) }
        return denominator == 1 ? numerator : numerator / denominator
    }

    /// The value as a `Double`, for JSON and charts.
    public var double: Double {
        if let whole { return Double(whole.numerator) / Double(whole.denominator) }
        return Exact.double(numerator) / Exact.double(denominator)
    }

    /// Whether the value is at least `bound`, exactly.
    public func atLeast(_ bound: Decimal) -> Bool { denominator == 1 ? numerator >= bound : numerator >= bound * denominator }

    /// Whether the value is at most `bound`, exactly.
    public func atMost(_ bound: Decimal) -> Bool { denominator == 1 ? numerator <= bound : numerator <= bound * denominator }

    /// `atLeast` on a bound that may be whole: in integers when both are.
    func atLeast(_ bound: WholeBound) -> Bool {
        if let product = wholeProduct(bound) { return whole!.numerator >= product }
        return atLeast(bound.value)
    }

    /// `atMost` on a bound that may be whole: in integers when both are.
    func atMost(_ bound: WholeBound) -> Bool {
        if let product = wholeProduct(bound) { return whole!.numerator <= product }
        return atMost(bound.value)
    }

    /// bound × denominator in integers, when both are whole and it fits.
    private func wholeProduct(_ bound: WholeBound) -> Int? {
        guard let whole, let boundWhole = bound.whole else { return nil }
        let (product, overflow) = boundWhole.multipliedReportingOverflow(by: whole.denominator)
        return overflow ? nil : product
    }
}

/// A bound (a threshold, a pace, a milestone) as an exact decimal and, when it is a whole number
/// (most are), as an integer: a decimal comparison of numbers of different scales allocates and
/// costs thousands of instructions, and a roll-up makes millions of them.
struct WholeBound: Sendable {
    let value: Decimal
    let whole: Int?

    init(_ value: Decimal) {
        self.value = value
        whole = Exact.integer(value)
    }

    init(whole: Int) {
        value = Decimal(whole)
        self.whole = whole
    }

    init(value: Decimal, whole: Int?) {
        self.value = value
        self.whole = whole
    }

    /// Whether two bounds are the same number (in integers when both are whole).
    func same(as other: WholeBound) -> Bool {
        if let whole, let otherWhole = other.whole { return whole == otherWhole }
        return value == other.value
    }
}

/// The share of a window that has elapsed on a day: days elapsed over its length.
struct Elapsed: Equatable {
    let days: Int
    let length: Int

    init(_ window: DateWindow, on day: Day) {
        days = window.elapsedDays(on: day)
        length = window.length
    }

    /// floor(threshold × elapsed share): what the value must reach to keep pace.
    func pace(_ threshold: Decimal) -> Decimal {
        Exact.floor(threshold * Decimal(days) / Decimal(length))
    }

    /// The same for a whole threshold, in integers: the exact quotient is at least 1/length away
    /// from the next integer, so the decimal's rounding in its 38th digit never moves the floor.
    func pace(whole threshold: Int) -> Int? {
        guard threshold >= 0, days >= 0, length > 0 else { return nil }
        let (product, overflow) = threshold.multipliedReportingOverflow(by: days)
        return overflow ? nil : product / length
    }
}

/// The pace a target's last status asked for, kept because every member of an `each` target asks
/// for the same one (one Decimal division instead of one per member); other paces come from the
/// process's `DecimalTables`, since the programmes of a roll-up share their targets and as-of date.
final class PaceMemo {
    private var last: (elapsed: Elapsed, threshold: WholeBound, pace: WholeBound)?

    func pace(_ elapsed: Elapsed, _ threshold: WholeBound) -> WholeBound {
        if let last, last.elapsed == elapsed, last.threshold.same(as: threshold) { return last.pace }
        let pace: WholeBound
        if let whole = threshold.whole, let due = elapsed.pace(whole: whole) {
            pace = WholeBound(whole: due)
        } else {
            pace = WholeBound(DecimalTables.pace(elapsed, threshold.value))
        }
        last = (elapsed, threshold, pace)
        return pace
    }
}
