/// Where a window stands on the evaluation date.
public enum WindowState: String, Sendable {
    case upcoming, open, closed

    public init(_ window: DateWindow, on day: Day) {
        self = window.isUpcoming(on: day) ? .upcoming : (window.isClosed(on: day) ? .closed : .open)
    }
}

/// Which way a threshold binds: the value must reach it, or must not exceed it.
public enum Bound: String, Sendable {
    case atLeast = "at-least"
    case atMost = "at-most"
}

/// THE status rule of FORMAT.md section 6, in one place. Every evaluation (a plain target, an `each`
/// target and each of its members, an `every` target and each of its periods, an exempted target)
/// gathers these facts and asks `status`; nothing else decides a status.
public struct StatusRule: Sendable, Equatable {
    /// Whether the window has opened, is open or has closed on the evaluation date.
    public var window: WindowState
    public var bound: Bound
    /// The threshold holds now (with `at-most`: the value has not exceeded the bound).
    public var holds: Bool
    /// The pace is kept (only asked while the window is open and the threshold does not decide).
    public var keepsPace: Bool
    /// The value can only grow (count, sum; `each` members meeting): once the threshold holds it stays held.
    public var monotone: Bool
    /// The threshold can no longer be reached, whatever happens before the window closes (v1.1):
    /// an `at-most` bound already exceeded, a 100% share or respond with one failing record,
    /// more failed `every` periods than allowed.
    public var unreachable: Bool
    /// Waived by an exemption that applies on the evaluation date.
    public var exempt: Bool

    public init(window: WindowState, bound: Bound = .atLeast, holds: Bool, keepsPace: Bool = true,
                monotone: Bool, unreachable: Bool = false, exempt: Bool = false) {
        self.window = window
        self.bound = bound
        self.holds = holds
        self.keepsPace = keepsPace
        self.monotone = monotone
        self.unreachable = unreachable
        self.exempt = exempt
    }

    /// The threshold can no longer be reached: said so, or an `at-most` bound already exceeded.
    public var cannotBeReached: Bool { unreachable || (bound == .atMost && !holds) }

    /// The status these facts give.
    public var status: Status {
        if exempt { return .exempt }
        if window == .upcoming { return .upcoming }
        if cannotBeReached { return .missed }
        if bound == .atLeast && monotone && holds { return .met }
        if window == .closed { return holds ? .met : .missed }
        if bound == .atMost { return .onTrack }
        return keepsPace ? .onTrack : .behind
    }
}
