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
        #expect(explanation.leftOut.map { result.records.kinds[Int(result.records.records[$0.record].kind)] }
                == Self.kinds.reversed() + Self.kinds)
        #expect(explanation.leftOut.allSatisfy { $0.why == .outsideWindow(target.window) })
    }
}
