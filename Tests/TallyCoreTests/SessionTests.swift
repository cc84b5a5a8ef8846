import Foundation
import Testing
@testable import TallyCore

/// Sessions end after 12 hours idle and at logout; logins are throttled per name and per address.
@Suite struct SessionTests {
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_700_000_000)
    }

    @Test func sessionsAreRandomAndEndAfterTwelveHoursIdle() {
        let clock = Clock()
        let store = SessionStore(clock: { clock.now })
        let a = store.start(account: "lan"), b = store.start(account: "lan")
        #expect(a.id != b.id && a.id.count == 64 && a.csrf != a.id)
        clock.now += 11 * 3600
        #expect(store.touch(a.id)?.account == "lan", "11 hours idle: still signed in")
        clock.now += 11 * 3600
        #expect(store.touch(a.id) != nil, "touching restarts the idle time")
        clock.now += 12 * 3600
        #expect(store.touch(a.id) == nil, "12 hours idle: ended")
        #expect(store.touch("forged") == nil)
        let c = store.start(account: "kt")
        store.end(c.id)
        #expect(store.touch(c.id) == nil)
    }

    @Test func fiveFailuresLockANameOrAnAddressForFifteenMinutes() {
        let clock = Clock()
        let throttle = LoginThrottle(clock: { clock.now })
        for _ in 1...4 { throttle.failed(name: "lan", address: "10.0.0.\(Int.random(in: 1...200))") }
        #expect(!throttle.isLocked(name: "lan", address: "10.0.0.1"))
        throttle.failed(name: "LAN", address: "10.0.0.9")
        #expect(throttle.isLocked(name: "lan", address: "192.168.1.1"), "by name, whatever the address")
        #expect(!throttle.isLocked(name: "kt", address: "192.168.1.1"))
        clock.now += 15 * 60 + 1
        #expect(!throttle.isLocked(name: "lan", address: "192.168.1.1"))
        for index in 1...5 { throttle.failed(name: "u\(index)", address: "10.1.1.1") }
        #expect(throttle.isLocked(name: "anyone", address: "10.1.1.1"), "by address, whatever the name")
        clock.now += 20 * 60
        for _ in 1...4 { throttle.failed(name: "slow", address: "a"); clock.now += 5 * 60 }
        #expect(!throttle.isLocked(name: "slow", address: "b"), "failures older than 15 minutes do not count")
    }

    @Test func sprayedNamesAreForgottenOnceTheyNoLongerCount() {
        let clock = Clock()
        let throttle = LoginThrottle(clock: { clock.now })
        for index in 0..<5_000 { throttle.failed(name: "spray\(index)", address: "10.2.\(index / 250).\(index % 250)") }
        #expect(throttle.tracked >= 5_000, "within the window every name still counts")
        for _ in 1...5 { throttle.failed(name: "lan", address: "10.9.9.9") }
        clock.now += 16 * 60
        for index in 0..<LoginThrottle.sweepEvery { throttle.failed(name: "late\(index % 3)", address: "10.3.0.1") }
        #expect(throttle.tracked < 10, "sixteen minutes later the sprayed names are gone: \(throttle.tracked)")
        #expect(!throttle.isLocked(name: "lan", address: "10.9.9.8"), "the old lock has ended")
        #expect(throttle.isLocked(name: "other", address: "10.3.0.1"), "while the new failures still lock their address")
    }
}
