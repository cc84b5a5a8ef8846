import Foundation
import Testing
@testable import TallyCore

/// The one status rule, the v1.1 "missed once unreachable" cases, members' own statuses,
/// the facts results expose to renderers, and the provisional and projected score.
@Suite struct StatusRuleTests {
    @Test func theRuleDecidesEveryStatusFromItsFacts() {
        func rule(_ window: WindowState, _ bound: Bound = .atLeast, holds: Bool, pace: Bool = true, monotone: Bool = true,
                  unreachable: Bool = false, exempt: Bool = false) -> Status {
            StatusRule(window: window, bound: bound, holds: holds, keepsPace: pace, monotone: monotone,
                       unreachable: unreachable, exempt: exempt).status
        }
        #expect(rule(.open, holds: false, exempt: true) == .exempt, "an exemption wins over everything")
        #expect(rule(.upcoming, holds: false) == .upcoming)
        #expect(rule(.upcoming, .atMost, holds: false) == .upcoming, "nothing is decided before the window opens")
        #expect(rule(.open, holds: true) == .met, "a monotone measure is met as soon as it holds")
        #expect(rule(.open, holds: true, monotone: false) == .onTrack, "share, respond and every are met only once closed")
        #expect(rule(.closed, holds: true, monotone: false) == .met)
        #expect(rule(.closed, holds: false) == .missed)
        #expect(rule(.open, holds: false, pace: true) == .onTrack)
        #expect(rule(.open, holds: false, pace: false) == .behind)
        #expect(rule(.open, .atMost, holds: true) == .onTrack, "an upper bound is met only once closed")
        #expect(rule(.closed, .atMost, holds: true) == .met)
        #expect(rule(.open, .atMost, holds: false) == .missed, "an upper bound exceeded cannot be undone")
        #expect(rule(.open, holds: false, monotone: false, unreachable: true) == .missed, "v1.1: unreachable is missed at once")
        #expect(StatusRule(window: .open, bound: .atMost, holds: false, monotone: true).cannotBeReached)
    }

    /// A share and a respond at 100% (the default), and at 80%, over 2024-H1.
    let full = try! Fixture(programme: Fixture.programme("""
      - {id: bloc, title: B, share: bloc, that: attended, during: 2024-H1}
      - {id: bloc80, title: B80, share: bloc, that: attended, at-least: 80%, during: 2024-H1}
      - {id: visits, title: V, respond: {to: proposal, with: visit, within: 14d}, during: 2024-H1}
    """), records: ["records.yaml": """
    - {date: 2024-02-01, activity: bloc, attended: true}
    - {date: 2024-03-01, activity: bloc, attended: false}
    - {date: 2024-04-01, activity: bloc, attended: true}
    - {date: 2024-03-01, activity: proposal, id: P1}
    - {date: 2024-03-10, activity: visit, responds-to: P1}
    - {date: 2024-04-01, activity: proposal, id: P2}
    - {date: 2024-04-20, activity: visit, responds-to: P2}
    """])

    @Test func aHundredPercentWithOneFailingRecordIsMissedAtOnce() throws {
        #expect(try full.status("bloc", asOf: "2024-02-29") == .onTrack, "1/1 attended")
        let bloc = try full.target("bloc", asOf: "2024-03-01")
        #expect(bloc.status == .missed && bloc.isUnreachable && bloc.value == 50, "one not attended: 100% is out of reach for good")
        #expect(try full.status("bloc", asOf: "2024-04-01") == .missed, "more good records do not bring it back")
        #expect(try full.status("bloc80", asOf: "2024-03-01") == .behind, "below 80% but reachable: only behind")
        #expect(try full.status("bloc80", asOf: "2024-04-01") == .behind, "2/3 = 66.7% < 80%")
        #expect(try full.status("bloc80", asOf: "2024-07-01") == .missed)
    }

    @Test func aRespondAtAHundredPercentIsMissedOnceATriggerIsOverdueOrLate() throws {
        #expect(try full.status("visits", asOf: "2024-04-15") == .onTrack, "P1 in time, P2 pending until its deadline 15/04")
        let overdue = try full.target("visits", asOf: "2024-04-16")
        #expect(overdue.status == .missed && overdue.overdue == ["P2"], "P2 overdue the day after its deadline")
        let late = try full.target("visits", asOf: "2024-04-20")
        #expect(late.status == .missed && late.late == ["P2"] && late.isUnreachable, "answered late stays a failure")
    }

    let each = try! Fixture(programme: Fixture.programme("""
      - {id: conf, title: C, count: conference, each: centres, during: 2024-H1}
      - {id: clean, title: K, count: violation, each: centres, at-most: 0, members: 2, during: 2024-H1}
    """, extra: """
    rosters:
      centres: [A, B, C, D]
    exemptions:
      - {target: conf, member: D, reason: moved, approved-by: Board}
    """), records: ["records.yaml": """
    - {date: 2024-01-10, activity: conference, unit: A}
    - {date: 2024-03-10, activity: violation, unit: B}
    - {date: 2024-05-10, activity: violation, unit: C}
    - {date: 2024-06-01, activity: violation, unit: A}
    """])

    @Test func membersCarryTheirOwnStatus() throws {
        let early = try each.target("conf", asOf: "2024-02-01")
        #expect(early.members.map(\.status) == [.met, .onTrack, .onTrack, .exempt], "B and C keep pace: floor(1 × 32/182) = 0")
        #expect(early.status == .onTrack)
        let late = try each.target("conf", asOf: "2024-06-30")
        #expect(late.members.map(\.status) == [.met, .behind, .behind, .exempt])
        #expect(late.missing == ["B", "C"] && late.status == .behind)
        let closed = try each.target("conf", asOf: "2024-07-01")
        #expect(closed.members.map(\.status) == [.met, .missed, .missed, .exempt] && closed.status == .missed)
        let clean = try each.target("clean", asOf: "2024-04-01")
        #expect(clean.members.map(\.status) == [.onTrack, .missed, .onTrack, .onTrack], "an upper bound per member: B exceeded it")
        #expect(clean.status == .onTrack && clean.value == 3 && clean.required == 2)
        #expect(try each.status("clean", asOf: "2024-05-10") == .onTrack, "B and C exceeded; A and D are the 2 required")
        let over = try each.target("clean", asOf: "2024-06-01")
        #expect(over.status == .missed && over.value == 1 && over.isUnreachable, "A exceeded too: only D is left, 2 are required")
    }

    let facts = try! Fixture(programme: Fixture.programme("""
      - {id: count, title: C, count: meeting, at-least: 4}
      - {id: sum, title: S, sum: amount, of: gift, at-least: 100}
      - {id: cap, title: K, count: violation, at-most: 1}
      - {id: share, title: R, share: meeting, that: attended, at-least: 50%}
      - {id: monthly, title: M, count: violation, at-most: 0, every: quarter}
      - {id: units, title: U, count: meeting, each: units, during: 2024-H1}
    """, extra: """
    rosters:
      units: [A, B]
    rating:
      - {at-least: 75%, label: Good}
      - {at-least: 40%, label: Fair}
      - {label: Poor}
    """), records: ["records.yaml": """
    - {date: 2024-02-01, activity: meeting, unit: A, attended: true}
    - {date: 2024-03-01, activity: gift, amount: 150}
    - {date: 2024-05-01, activity: violation}
    """])

    @Test func resultsTellRenderersTheBoundTheUnitAndThePace() throws {
        let result = try facts.evaluate(asOf: "2024-06-30")
        let byID = Dictionary(uniqueKeysWithValues: result.targets.map { ($0.target.id, $0) })
        #expect(byID["count"]?.unit == .records && byID["sum"]?.unit == .amount && byID["share"]?.unit == .percent)
        #expect(byID["monthly"]?.unit == .periods && byID["units"]?.unit == .members)
        #expect(byID["cap"]?.isUpperBound == true && byID["cap"]?.bound == .atMost)
        #expect(byID["monthly"]?.isUpperBound == false, "every + at-most: the value is periods meeting, at least the periods required")
        #expect(byID["monthly"]?.periodUnit == .records)
        #expect(byID["count"]?.shownPace == 1, "floor(4 × 182/366) = 1")
        #expect(byID["cap"]?.shownPace == nil && byID["share"]?.shownPace == nil && byID["units"]?.shownPace == nil)
        #expect(byID["monthly"]?.status == .missed, "Q2 had a violation: every quarter is required")
        #expect(byID["monthly"]?.fails(strict: false) == true)
        let behind = try #require(byID["units"])
        #expect(behind.status == .behind && !behind.fails(strict: false) && behind.fails(strict: true))
        #expect(result.fails(strict: false))
    }

    @Test func theScoreIsProvisionalUntilThePeriodEndsAndTheProjectionCountsOnTrack() throws {
        let midYear = try facts.evaluate(asOf: "2024-06-30")
        let statuses = Dictionary(uniqueKeysWithValues: midYear.targets.map { ($0.target.id, $0.status) })
        #expect(statuses == ["count": .onTrack, "sum": .met, "cap": .onTrack, "share": .onTrack, "monthly": .missed, "units": .behind])
        #expect(midYear.isProvisional)
        #expect(midYear.score == Decimal(1) / 6 && midYear.rating == "Poor")
        #expect(midYear.projected.value == Decimal(4) / 6 && midYear.projected.rating == "Fair", "met 1 + on-track 3 of 6")
        #expect(midYear.projected.double == 4.0 / 6.0 && midYear.scoreAsDouble == 1.0 / 6.0)
        #expect(try facts.evaluate(asOf: "2024-12-31").isProvisional, "the period's last day is still inside it")
        #expect(try !facts.evaluate(asOf: "2025-01-01").isProvisional)
    }
}

/// The burn-up series comes from Core and ends at the evaluated value.
@Suite struct BurnUpSeriesTests {
    let fixture = try! Fixture(programme: Fixture.programme("""
      - {id: visited, title: V, count: visit, distinct: unit, at-least: 2}
      - {id: money, title: M, sum: amount, of: gift, at-least: 10}
      - {id: each, title: E, count: visit, each: units}
    """, extra: """
    rosters:
      units: [{id: a, name: Alpha}, Beta]
    """), records: ["records.yaml": """
    - {date: 2024-01-05, activity: visit, unit: Alpha}
    - {date: 2024-01-05, activity: visit, unit: a}
    - {date: 2024-02-01, activity: visit, unit: Beta}
    - {date: 2024-01-10, activity: gift, amount: 2.5}
    - {date: 2024-01-10, activity: gift, amount: 1}
    - {date: 2024-03-01, activity: gift, amount: 0.25}
    """])

    @Test func distinctAndSumRunningTotals() throws {
        let result = try fixture.evaluate(asOf: "2024-06-30")
        let visited = try #require(result.series(of: result.targets[0]))
        #expect(visited.map(\.value) == [1, 2], "Alpha and its id a count once on 5 January")
        #expect(visited.last?.value == result.targets[0].value)
        let money = try #require(result.series(of: result.targets[1]))
        #expect(money.map(\.value) == [Decimal(string: "3.5")!, Decimal(string: "3.75")!])
        #expect(money.last?.value == result.targets[1].value)
        #expect(result.series(of: result.targets[2]) == nil)
    }
}
