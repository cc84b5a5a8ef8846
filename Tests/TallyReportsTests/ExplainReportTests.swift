import Foundation
import Testing
@testable import TallyCore
@testable import TallyReports

/// `tally explain` reads the bound, the unit and reachability from the result.
@Suite struct ExplainReportTests {
    func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    static func explain(_ target: Target, records: RecordSet, asOf: Day) -> String {
        let programme = Programme(title: "P", organisation: "O", period: DateWindow.year(2024)!, language: .en, targets: [target])
        let evaluator = Evaluator(programme: programme, records: records, asOf: asOf)
        return ExplainReport(language: .en).render(Explanation(evaluator: evaluator, target: target), programme: programme, records: records)
    }

    /// `every: quarter` + `at-most: 0`: the value is the number of quarters that kept under the bound.
    @Test func everyWithAtMostCountsPeriodsNotTheBound() {
        var records = RecordSet()
        let violation = records.kindID("violation")!, file = records.fileID("r.yaml")!
        records.append(day: day(2024, 5, 1), kind: violation, file: file, line: 1, fields: [])
        let target = Target(id: "clean", title: "Clean", measure: .count(kinds: ["violation"], distinct: nil), atLeast: .number(1),
                            atMost: 0, window: DateWindow.year(2024)!, every: .quarter)
        let text = Self.explain(target, records: records, asOf: day(2024, 8, 15))
        #expect(text.contains("Status: missed — 1 / 4 periods"), "Q1 kept the bound; Q2 did not, and every quarter is required")
        #expect(text.contains("value 1, required 4"), "the value is periods, at least the periods required")
        #expect(!text.contains("allowed at most"), "the at-most bound is each period's, not the target's")
        #expect(text.contains("2024-04-01 – 2024-06-30: missed — 1 / ≤ 0"), "each period shows its own upper bound")
        #expect(text.contains("more periods have failed than allowed"), "missed while the window is open: say why, not the days elapsed")
        #expect(!text.contains("days of the window have elapsed"))
    }

    /// A 100% share with one failing record is missed at once; explain says why instead of counting days.
    @Test func unreachableShareDoesNotTalkAboutElapsedDays() {
        var records = RecordSet()
        let bloc = records.kindID("bloc")!, file = records.fileID("r.yaml")!
        let attended = records.fieldID("attended")!
        records.append(day: day(2024, 2, 1), kind: bloc, file: file, line: 1, fields: [(attended, .bool(true))])
        records.append(day: day(2024, 3, 1), kind: bloc, file: file, line: 2, fields: [(attended, .bool(false))])
        let target = Target(id: "bloc", title: "Bloc", measure: .share(kinds: ["bloc"], that: .truthy(.field("attended"))),
                            atLeast: .percent(100), window: DateWindow.year(2024)!)
        let text = Self.explain(target, records: records, asOf: day(2024, 6, 30))
        #expect(text.contains("Status: missed — 50% / 100%"))
        #expect(text.contains("100% is required and a counted record already fails"))
        #expect(!text.contains("days of the window have elapsed") && !text.contains("pace ="))
    }
}
