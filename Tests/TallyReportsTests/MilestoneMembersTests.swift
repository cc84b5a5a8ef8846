import Foundation
import Testing
@testable import TallyCore
@testable import TallyReports

/// With `each`, explain, HTML and JSON name the members short of a milestone's own threshold.
@Suite struct MilestoneMembersTests {
    func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// Three cadres, 4 visits each in 2024, half by 30 June; An has 2 visits, Bình 1, Chi none.
    func evaluation() -> (Evaluator, Target) {
        var records = RecordSet()
        let visit = records.kindID("visit")!, file = records.fileID("r.yaml")!
        let cadre = records.fieldID("cadre")!
        for (line, (when, who)) in [(day(2024, 2, 1), "An"), (day(2024, 3, 1), "An"), (day(2024, 5, 1), "Bình")].enumerated() {
            records.append(day: when, kind: visit, file: file, line: Int32(line + 1), fields: [(cadre, .text(who))])
        }
        let target = Target(id: "visits", title: "Visits", measure: .count(kinds: ["visit"], distinct: nil), each: "cadres", key: "cadre",
                            atLeast: .number(4), window: DateWindow.year(2024)!,
                            milestones: [Milestone(by: day(2024, 6, 30), atLeast: .percent(50))])
        let roster = Roster(name: "cadres", members: ["An", "Bình", "Chi"].map { Roster.Member(name: $0) })
        let programme = Programme(title: "P", organisation: "O", period: DateWindow.year(2024)!, language: .en,
                                  rosterOrder: ["cadres"], rosters: ["cadres": roster], targets: [target])
        return (Evaluator(programme: programme, records: records, asOf: day(2024, 7, 1)), target)
    }

    @Test func explainHtmlAndJsonNameTheMembersShortOfTheMilestone() {
        let (evaluator, target) = evaluation()
        let explain = ExplainReport(language: .en).render(Explanation(evaluator: evaluator, target: target),
                                                          programme: evaluator.programme, records: evaluator.records)
        #expect(explain.contains("missing: Bình, Chi"), "\(explain)")
        let result = evaluator.evaluate()
        let html = HTMLReport().render(Report(results: [result]))
        #expect(html.contains("missed</strong> · missing: Bình, Chi</li>"))
        let json = JSONReport().render(Report(results: [result]))
        #expect(json.contains("\"state\": \"missed\",\n              \"missing\": [\"Bình\", \"Chi\"]"))
    }
}
