import Foundation
import Testing

/// End-to-end runs of `tally check --format html` compared with golden pages.
@Suite struct HTMLCheckTests {
    @Test(arguments: [
        ("thai-nguyen-2024-06-30.vi.html", ["programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml", "--as-of", "2024-06-30", "--format", "html"]),
        ("rollup-2024-06-30.en.html", ["programmes", "--as-of", "2024-06-30", "--format", "html", "--lang", "en"]),
    ])
    func pageMatchesGolden(_ golden: String, _ arguments: [String]) throws {
        let run = try TallyRunner.run(["check"] + arguments)
        #expect(run.status == 1, "both programmes miss a target on this date")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(!run.stdout.contains("http://") && !run.stdout.contains("https://") && !run.stdout.contains("src="), "no external resource")
        try Golden.check(run.stdout, against: golden)
    }

    @Test func hostileRecordTextShowsAsText() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("p.yaml", """
        programme: "Test <b>bold</b>"
        organisation: "Org & <i>Co</i>"
        period: 2024
        records: [r.yaml]
        targets:
          - {id: a, title: "A <u>title</u>", count: meeting, at-least: 2}
        """)
        try folder.write("r.yaml", """
        - {date: 2024-01-10, activity: meeting, unit: "<em>U</em>", title: "<script>alert(1)</script>", evidence: ["x\\"><img>.pdf"]}
        """)
        let run = try TallyRunner.run(["check", path, "--as-of", "2024-07-01", "--format", "html", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("<script") && !run.stdout.contains("<img") && !run.stdout.contains("<em>U"))
        #expect(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(run.stdout.contains("Org &amp; &lt;i&gt;Co&lt;/i&gt;"))
    }
}
