import Foundation

/// Refuses logins after 5 failures for one name or from one address within 15 minutes,
/// for 15 minutes (FORMAT.md section 13).
public final class LoginThrottle: @unchecked Sendable {
    public static let failures = 5
    public static let window: TimeInterval = 15 * 60
    public static let lockout: TimeInterval = 15 * 60

    private struct Record { var failures: [Date] = []; var lockedUntil: Date? }
    private var byName: [String: Record] = [:]
    private var byAddress: [String: Record] = [:]
    private let lock = NSLock()
    private let clock: @Sendable () -> Date
    /// Failures noted since the last sweep of records that no longer matter.
    private var sinceSweep = 0
    static let sweepEvery = 1_024

    public init(clock: @escaping @Sendable () -> Date = { Date() }) { self.clock = clock }

    /// Whether a try for `name` from `address` is refused now.
    public func isLocked(name: String, address: String) -> Bool {
        lock.withLock {
            let now = clock()
            return [byName[NameKey.of(name)], byAddress[address]].contains { $0?.lockedUntil.map { $0 > now } ?? false }
        }
    }

    /// Notes a failed try.
    public func failed(name: String, address: String) {
        lock.withLock {
            let now = clock()
            note(&byName[NameKey.of(name), default: Record()], now)
            note(&byAddress[address, default: Record()], now)
            sinceSweep += 1
            if sinceSweep >= Self.sweepEvery { sweep(now) }
        }
    }

    /// How many names and addresses are tracked (for tests: spraying names does not grow it for ever).
    var tracked: Int { lock.withLock { byName.count + byAddress.count } }

    /// Forgets names and addresses with no failure inside the window and no lock still running, so
    /// a stream of made-up names costs memory for 15 minutes, not for the life of the server.
    private func sweep(_ now: Date) {
        sinceSweep = 0
        func matters(_ record: Record) -> Bool {
            (record.lockedUntil.map { $0 > now } ?? false) || record.failures.contains { now.timeIntervalSince($0) < Self.window }
        }
        byName = byName.filter { matters($0.value) }
        byAddress = byAddress.filter { matters($0.value) }
    }

    private func note(_ record: inout Record, _ now: Date) {
        record.failures = record.failures.filter { now.timeIntervalSince($0) < Self.window } + [now]
        if record.failures.count >= Self.failures {
            record.lockedUntil = now.addingTimeInterval(Self.lockout)
            record.failures = []
        }
    }
}
