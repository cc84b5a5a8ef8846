import Foundation
import Testing

/// The HTML report draws extreme values (far below or above the chart's scale) without trapping.
@Suite struct HTMLExtremeValuesTests {
    @Test(arguments: [
        ("  - {id: s, title: S, sum: amount, of: x, at-most: -10000000000000000}", "- {date: 2024-01-05, activity: x, amount: 5}\n"),
        ("  - {id: s, title: S, sum: amount, of: x, at-least: 5}", "- {date: 2024-01-05, activity: x, amount: -100000000000000000}\n"),
        ("  - {id: s, title: S, sum: amount, of: x, at-least: 5}", "- {date: 2024-01-05, activity: x, amount: 100000000000000000000000}\n"),
    ])
    func extremeAmountsRender(_ target: String, _ records: String) throws {
        let folder = try TemporaryFolder()
        let programme = try folder.write("p.yaml", "programme: P\norganisation: O\nperiod: 2024\nrecords: [r.yaml]\ntargets:\n\(target)\n")
        try folder.write("r.yaml", records)
        let run = try TallyRunner.run(["check", programme, "--as-of", "2024-06-30", "--format", "html"], in: folder.url)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("</html>"))
    }
}
