import Foundation
import Testing
@testable import TallyCore

/// `each` with milestones: a milestone names the members short of the milestone's own threshold.
@Suite struct EachMilestoneTests {
    /// Every cadre: 4 visits in the year, half of them by 30 June.
    let visits = try! Fixture(programme: Fixture.programme("""
      - {id: visits, title: Visits, count: visit, each: cadres, key: cadre, at-least: 4, milestones: [{by: 2024-06-30, at-least: 50%}]}
    """, extra: """
    rosters:
      cadres: [An, Bình, Chi]
    """), records: ["records.yaml": """
    - {date: 2024-02-01, activity: visit, cadre: An}
    - {date: 2024-03-01, activity: visit, cadre: An}
    - {date: 2024-04-01, activity: visit, cadre: An}
    - {date: 2024-05-01, activity: visit, cadre: Bình}
    """])

    @Test func theMilestoneListsOnlyMembersShortOfIt() throws {
        let result = try visits.target("visits", asOf: "2024-06-20")
        #expect(result.missing == ["An", "Bình", "Chi"], "nobody has 4 visits yet")
        let milestone = try #require(result.milestones.first)
        #expect(milestone.state == .upcoming)
        #expect(milestone.value == 1 && milestone.required == 3, "only An has 2 of 4 by now")
        #expect(milestone.missing == ["Bình", "Chi"])
    }

    @Test func theMilestoneReminderNamesThoseMembers() throws {
        let result = try visits.evaluate(asOf: "2024-06-20")
        let reminders = ReminderPlanner.reminders(for: result, within: 14)
        let milestone = try #require(reminders.first { $0.kind == .milestone })
        #expect(milestone.date == Day(year: 2024, month: 6, day: 30))
        #expect(milestone.missing == ["Bình", "Chi"], "An has reached the milestone; the year's threshold is not due yet")
        #expect(milestone.shortfall == 2)
    }

    @Test func afterTheMilestoneTheMembersShortOfItStayNamed() throws {
        let milestone = try #require(try visits.target("visits", asOf: "2024-07-01").milestones.first)
        #expect(milestone.state == .missed && milestone.missing == ["Bình", "Chi"])
    }
}
