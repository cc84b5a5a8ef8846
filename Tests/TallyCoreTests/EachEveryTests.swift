import Foundation
import Testing
@testable import TallyCore

/// `each` (per-member thresholds, pace and P% of an attribute) and `every` (calendar periods).
@Suite struct EachEveryTests {
    let each = try! Fixture(programme: Fixture.programme("""
      - {id: conf, title: C, count: conference, each: centres, by: 2024-03-31}
      - {id: most, title: M, count: conference, each: centres, members: 60%, by: 2024-03-31}
      - {id: training, title: T, count: training, each: unions, at-least: 30% of headcount, during: 2024-H1}
      - {id: days, title: D, sum: days, of: trip, each: cadres, key: cadre, at-least: 60}
    """, extra: """
    rosters:
      centres: [A, B, C, {id: d, name: Trung tâm D}]
      unions:
        - {name: U40, headcount: 40}
        - {name: U7, headcount: 7}
      cadres: [Nguyễn Văn An, Trần Thị Bình]
    exemptions:
      - {target: conf, member: C, reason: moved, approved-by: Board}
    """), records: ["records.yaml": """
    - {date: 2024-01-10, activity: conference, unit: A}
    - {date: 2024-02-10, activity: conference, unit: a}
    - {date: 2024-03-31, activity: conference, unit: D}
    - {date: 2024-04-01, activity: conference, unit: B}
    - {date: 2024-03-01, activity: training, unit: U40, count: 1}
    - {date: 2024-03-02, activity: training, unit: U7}
    - {date: 2024-03-03, activity: training, unit: U7}
    - {date: 2024-03-01, activity: trip, cadre: nguyễn văn an, days: 30}
    - {date: 2024-07-01, activity: trip, cadre: Trần Thị Bình, days: 31}
    """])

    @Test func eachCountsMembersAndNamesTheMissing() throws {
        let result = try each.target("conf", asOf: "2024-04-01")
        #expect(result.status == .missed, "B held its conference the day after the deadline")
        #expect(result.value == 2 && result.required == 3, "C is exempt: 3 members remain")
        #expect(result.missing == ["B"])
        #expect(result.members.first { $0.name == "C" }?.exempt == true)
        #expect(try each.status("conf", asOf: "2024-03-31") == .behind)
        let most = try each.target("most", asOf: "2024-04-01")
        #expect(most.required == 3, "60% of 4 members is 3, rounded up from 2.4 (the exemption is for conf only)")
        #expect(most.status == .missed && most.value == 2)
    }

    @Test func eachPaceIsPerMember() throws {
        #expect(try each.status("conf", asOf: "2024-01-15") == .onTrack, "everyone keeps pace: floor(1 × 15/91) = 0")
        let days = try each.target("days", asOf: "2024-07-01")
        #expect(days.status == .onTrack, "An 30 ≥ floor(60 × 183/366) = 30; Bình 31 ≥ 30")
        #expect(days.members.map(\.value) == [30, 31])
        #expect(try each.status("days", asOf: "2024-07-07") == .onTrack, "An: 30 ≥ floor(60 × 189/366) = 30")
        #expect(try each.status("days", asOf: "2024-07-08") == .behind, "An: 30 < floor(60 × 190/366) = 31, and both are required")
    }

    @Test func percentOfAnAttributeIsRoundedUpExactly() throws {
        let result = try each.target("training", asOf: "2024-03-31")
        #expect(result.members.map(\.threshold) == [12, 3], "30% of 40 is 12, not 13; 30% of 7 is 2.1, rounded up to 3")
        #expect(result.members.map(\.value) == [1, 2])
    }

    let every = try! Fixture(programme: Fixture.programme("""
      - {id: monthly, title: M, count: meeting, every: month, during: 2024-Q1}
      - {id: lenient, title: L, count: meeting, every: month, periods: 2, during: 2024-Q1}
      - {id: weekly-share, title: W, share: report, that: on-time, every: week, during: 2024-01}
    """), records: ["records.yaml": """
    - {date: 2024-01-15, activity: meeting}
    - {date: 2024-03-05, activity: meeting}
    - {date: 2024-01-03, activity: report, on-time: true}
    - {date: 2024-01-10, activity: report, on-time: false}
    """])

    @Test func everyPeriodIsMeasuredOnItsOwn() throws {
        let january = try every.target("monthly", asOf: "2024-01-20")
        #expect(january.status == .onTrack && january.value == 1 && january.required == 3)
        #expect(try every.status("monthly", asOf: "2024-03-01") == .missed, "February failed and every month is required")
        #expect(try every.status("lenient", asOf: "2024-03-04") == .onTrack, "one failure is allowed; March keeps pace: floor(1 × 4/31) = 0")
        #expect(try every.status("lenient", asOf: "2024-04-01") == .met)
        let periods = try every.target("lenient", asOf: "2024-04-01").periods
        #expect(periods.map(\.status) == [.met, .missed, .met])
    }

    @Test func everyWeekWithShare() throws {
        let result = try every.target("weekly-share", asOf: "2024-01-15")
        #expect(result.periods.map(\.window.from.description) == ["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"])
        #expect(result.periods.map(\.status) == [.met, .missed, .onTrack, .upcoming, .upcoming])
        #expect(result.status == .missed)
    }
}
