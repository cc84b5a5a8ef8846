import Foundation
import Testing
@testable import TallyCore

/// The records left out of a target come in the order of the file on each day, whatever the order
/// in which its kinds are looked up: reports of the same files are the same bytes on every run.
@Suite struct ExplanationOrderTests {
    static let kinds = ["a", "b", "c", "d", "e", "f", "g", "h"]

    /// Eight kinds, two records of each on one day after the target's deadline, in a mixed order.
    let fixture = try! Fixture(programme: Fixture.programme("""
      - {id: all, title: All kinds, count: [\(kinds.joined(separator: ", "))], by: 2024-03-31, at-least: 1}
    """), records: ["records.yaml": (kinds.reversed() + kinds).map { "- {date: 2024-05-02, activity: \($0)}\n" }.joined()])

    @Test func leftOutRecordsFollowTheFileOnTheSameDay() throws {
        let result = try fixture.evaluate(asOf: "2024-06-30")
        let target = try #require(result.targets.first)
        let explanation = Explanation(evaluator: result.evaluator, result: target, includeLater: false)
        #expect(explanation.leftOut.map(\.record) == Array(0..<16))
        #expect(explanation.leftOut.map { result.records.kind(of: $0.record) }
                == Self.kinds.reversed() + Self.kinds)
        #expect(explanation.leftOut.allSatisfy { $0.why == .outsideWindow(target.window) })
    }
}

/// Reports show the first records of a long list in date and file order without sorting the list.
@Suite struct EarliestRecordsTests {
    /// 40 records over 5 days, written in a shuffled order of days.
    let records: RecordSet = {
        var set = RecordSet()
        let kind = set.kindID("visit")!
        let file = set.fileID("records.yaml")!
        for index in 0..<40 {
            set.beginRecord(day: Day(year: 2024, month: 3, day: 1 + (index * 7) % 5)!, kind: kind, file: file, line: Int32(index + 1))
        }
        return set
    }()

    @Test func theFirstFewInReportOrder() {
        let all = Array(0..<40)
        let sorted = all.sorted(by: records.comesBefore)
        for limit in [0, 1, 3, 10, 40, 50] {
            #expect(records.earliest(all, limit: limit) == Array(sorted.prefix(limit)))
            #expect(records.earliest(all.reversed(), limit: limit) == Array(sorted.prefix(limit)))
            #expect(records.earliest(sorted, limit: limit) == Array(sorted.prefix(limit)))
        }
        #expect(records.records[sorted[0]].day == Day(year: 2024, month: 3, day: 1))
        #expect(sorted.prefix(8) == [0, 5, 10, 15, 20, 25, 30, 35], "day 1, in file order")
    }
}
