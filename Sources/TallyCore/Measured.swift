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

    public init(numerator: Decimal, denominator: Decimal = 1, counted: RecordIndices = [], nothingToMeasure: Bool = false,
                series: [(day: Day, value: Decimal)]? = nil, triggers: TriggerList? = nil) {
        self.numerator = numerator
        self.denominator = denominator
        self.counted = counted
        self.nothingToMeasure = nothingToMeasure
        self.series = series
        self.triggers = triggers
    }

    /// The value as one decimal (a percentage is rounded only in its last of 38 digits).
    public var value: Decimal { denominator == 1 ? numerator : numerator / denominator }

    /// Whether the value is at least `bound`, exactly.
    public func atLeast(_ bound: Decimal) -> Bool { denominator == 1 ? numerator >= bound : numerator >= bound * denominator }

    /// Whether the value is at most `bound`, exactly.
    public func atMost(_ bound: Decimal) -> Bool { denominator == 1 ? numerator <= bound : numerator <= bound * denominator }
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
}

/// The pace a target's last status asked for, kept because every member of an `each` target asks
/// for the same one (one Decimal division instead of one per member); other paces come from the
/// process's `DecimalTables`, since the programmes of a roll-up share their targets and as-of date.
final class PaceMemo {
    private var last: (elapsed: Elapsed, threshold: Decimal, pace: Decimal)?

    func pace(_ elapsed: Elapsed, _ threshold: Decimal) -> Decimal {
        if let last, last.elapsed == elapsed, last.threshold == threshold { return last.pace }
        let pace = DecimalTables.pace(elapsed, threshold)
        last = (elapsed, threshold, pace)
        return pace
    }
}
