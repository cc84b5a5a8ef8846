import Foundation

/// Decimal arithmetic that repeats across a run, each answer worked out once (see `BoundedMemo`).
enum DecimalTables {
    private struct PercentKey: Hashable {
        var percent: Decimal
        var base: Decimal
    }

    private struct QuotientKey: Hashable {
        var part: Int
        var total: Int
    }

    private struct PaceKey: Hashable {
        var days: Int
        var length: Int
        var threshold: Decimal
    }

    private static let percents = BoundedMemo<PercentKey, Int>()
    private static let portions = BoundedMemo<PercentKey, Decimal>()
    private static let quotients = BoundedMemo<QuotientKey, Decimal>()
    private static let paces = BoundedMemo<PaceKey, Decimal>()

    /// ceil(percent × base / 100): every programme of a roll-up asks again for 80% of its 12 member unions.
    static func ceil(percent: Decimal, of base: Decimal) -> Int {
        percents.value(for: PercentKey(percent: percent, base: base)) { Exact.ceil(percent * base / 100) }
    }

    /// percent × base / 100 as a decimal: a milestone's share of a threshold, asked again by every
    /// member and programme with the same target.
    static func portion(percent: Decimal, of base: Decimal) -> Decimal {
        portions.value(for: PercentKey(percent: percent, base: base)) { percent * base / 100 }
    }

    /// part / total as an exact decimal: scores are a few such fractions (7 of 15 targets met).
    static func quotient(_ part: Int, _ total: Int) -> Decimal {
        quotients.value(for: QuotientKey(part: part, total: total)) { Decimal(part) / Decimal(total) }
    }

    /// The pace of a threshold on an elapsed share: the programmes of a roll-up share their targets and as-of date.
    static func pace(_ elapsed: Elapsed, _ threshold: Decimal) -> Decimal {
        paces.value(for: PaceKey(days: elapsed.days, length: elapsed.length, threshold: threshold)) { elapsed.pace(threshold) }
    }
}
