/// An inclusive range of days: open on each of its days, closed from the day after its last.
public struct DateWindow: Sendable, Hashable, CustomStringConvertible {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    /// The whole calendar year.
    public static func year(_ year: Int) -> DateWindow? {
        guard let from = Day(year: year, month: 1, day: 1), let to = Day(year: year, month: 12, day: 31) else { return nil }
        return DateWindow(from: from, to: to)
    }

    /// Months `first...last` of a year.
    public static func months(_ first: Int, _ last: Int, of year: Int) -> DateWindow? {
        guard let from = Day(year: year, month: first, day: 1),
              let to = Day(year: year, month: last, day: Day.daysIn(month: last, year: year)) else { return nil }
        return DateWindow(from: from, to: to)
    }

    /// Length in days, both ends counted.
    public var length: Int { from.distance(to: to) + 1 }

    public func contains(_ day: Day) -> Bool { day >= from && day <= to }

    /// Whether the window has not opened yet on `day`.
    public func isUpcoming(on day: Day) -> Bool { day < from }

    /// Whether the window has closed by `day` (it is after the last day).
    public func isClosed(on day: Day) -> Bool { day > to }

    /// Days from the first day to `day`, both counted, capped at the window's length.
    public func elapsedDays(on day: Day) -> Int {
        min(max(from.distance(to: day) + 1, 0), length)
    }

    /// The part of this window that `other` also covers.
    public func clamped(to other: DateWindow) -> DateWindow? {
        let start = max(from, other.from), end = min(to, other.to)
        return start <= end ? DateWindow(from: start, to: end) : nil
    }

    public var description: String { "\(from)..\(to)" }
}

/// A calendar period that `every:` divides a window into.
public enum PeriodUnit: String, Sendable, CaseIterable {
    case week, month, quarter, half

    /// The calendar periods that intersect `window`, clipped to it.
    public func periods(of window: DateWindow) -> [DateWindow] {
        var result: [DateWindow] = []
        var start = window.from
        while start <= window.to {
            let end = min(lastDay(ofPeriodContaining: start), window.to)
            result.append(DateWindow(from: start, to: end))
            start = end.advanced(by: 1)
        }
        return result
    }

    /// The last day of the calendar period that holds `day`.
    public func lastDay(ofPeriodContaining day: Day) -> Day {
        let (year, month, _) = day.components
        switch self {
        case .week: return day.advanced(by: 7 - day.weekday)
        case .month: return DateWindow.months(month, month, of: year)!.to
        case .quarter:
            let last = ((month - 1) / 3 + 1) * 3
            return DateWindow.months(last, last, of: year)!.to
        case .half:
            let last = month <= 6 ? 6 : 12
            return DateWindow.months(last, last, of: year)!.to
        }
    }
}
