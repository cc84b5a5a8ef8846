import Foundation
import Testing

/// Every status is decided in Core (`StatusRule`): no renderer or command works one out from the
/// window, the bound or the measure. This reads the sources to keep it so.
@Suite struct OneRuleTests {
    static let decidingPatterns = ["StatusRule(", "isClosed(on:", "isUpcoming(on:", ".isMonotone", ".isPercentage",
                                   "atMost != nil", "atMost == nil", ".status = "]

    @Test func noRendererOrCommandDecidesAStatus() throws {
        var offending: [String] = []
        for folder in ["Sources/TallyReports", "Sources/tally"] {
            let url = TallyRunner.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    for pattern in Self.decidingPatterns where line.contains(pattern) { offending.append("\(folder)/\(name):\(number + 1): \(pattern)") }
                }
            }
        }
        #expect(offending.isEmpty, "ask the result (status, bound, unit, shownPace, fails) instead:\n\(offending.joined(separator: "\n"))")
    }

    @Test func theStatusRuleIsOneHopFromTheEvaluator() throws {
        let evaluator = try String(contentsOf: TallyRunner.root.appendingPathComponent("Sources/TallyCore/Evaluator.swift"), encoding: .utf8)
        #expect(evaluator.contains("`StatusRule.status`"), "the evaluator's documentation names where a status is decided")
        let rule = try String(contentsOf: TallyRunner.root.appendingPathComponent("Sources/TallyCore/StatusRule.swift"), encoding: .utf8)
        #expect(rule.contains("public var status: Status"))
    }
}
