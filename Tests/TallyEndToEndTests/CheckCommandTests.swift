import Foundation
import Testing

/// End-to-end runs of `tally check`, `lint` and `explain` on the programmes in `programmes/`.
@Suite struct CheckCommandTests {
    static let thaiNguyen = "programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml"
    static let phuTho = "programmes/2020-tinh-doan-phu-tho.yaml"

    @Test(arguments: [
        ("thai-nguyen-2024-06-30.vi.txt", [thaiNguyen, "--as-of", "2024-06-30"]),
        ("thai-nguyen-2024-06-30.en.txt", [thaiNguyen, "--as-of", "2024-06-30", "--lang", "en"]),
        ("phu-tho-2020-06-30.en.txt", [phuTho, "--as-of", "2020-06-30", "--lang", "en"]),
        ("thai-nguyen-2024-06-30.json", [thaiNguyen, "--as-of", "2024-06-30", "--format", "json"]),
        ("phu-tho-2021-01-01.json", [phuTho, "--as-of", "2021-01-01", "--format", "json"]),
        ("rollup-2024-06-30.vi.txt", ["programmes", "--as-of", "2024-06-30"]),
        ("thai-nguyen-2024-06-30.vi.md", [thaiNguyen, "--as-of", "2024-06-30", "--format", "markdown"]),
        ("rollup-2024-06-30.en.md", ["programmes", "--as-of", "2024-06-30", "--format", "markdown", "--lang", "en"]),
        ("rollup-2024-06-30.json", ["programmes", "--as-of", "2024-06-30", "--format", "json"]),
        ("rollup-2024-06-30.junit.xml", ["programmes", "--as-of", "2024-06-30", "--format", "junit"]),
    ])
    func reportMatchesGolden(_ golden: String, _ arguments: [String]) throws {
        let run = try TallyRunner.run(["check"] + arguments)
        #expect(run.status == 1, "both programmes miss a target on these dates")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        try Golden.check(run.stdout, against: golden)
    }

    @Test func strictFailsOnBehindOnly() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("p.yaml", """
        programme: Test
        organisation: Org
        period: 2024
        records: [r.yaml]
        targets:
          - {id: a, title: A, count: meeting, at-least: 4}
        """)
        try folder.write("r.yaml", "- {date: 2024-01-10, activity: meeting}\n")
        let lenient = try TallyRunner.run(["check", path, "--as-of", "2024-07-01"])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("behind"))
        let strict = try TallyRunner.run(["check", path, "--as-of", "2024-07-01", "--strict"])
        #expect(strict.status == 1)
        let early = try TallyRunner.run(["check", path, "--as-of", "2024-01-20", "--strict"])
        #expect(early.status == 0, "1 record of 4 by day 20 of 366 keeps pace (floor(4*20/366) = 0)")
    }

    @Test func recordsOptionAddsAFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("p.yaml", """
        programme: Test
        organisation: Org
        period: 2024
        records: [r.yaml]
        targets:
          - {id: a, title: A, count: meeting, at-least: 2}
        """)
        try folder.write("r.yaml", "- {date: 2024-01-10, activity: meeting}\n")
        let extra = try folder.write("extra.csv", "date,activity\n11/01/2024,meeting\n")
        let without = try TallyRunner.run(["check", path, "--as-of", "2025-01-01"], in: folder.url)
        #expect(without.status == 1)
        let with = try TallyRunner.run(["check", path, "--as-of", "2025-01-01", "--records", extra], in: folder.url)
        #expect(with.status == 0, "\(with.stdout)\(with.stderr)")
        #expect(with.stdout.contains("2 / 2"))
    }

    @Test func outputOptionWritesTheFile() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appendingPathComponent("report.json").path
        let run = try TallyRunner.run(["check", Self.thaiNguyen, "--as-of", "2024-06-30", "--format", "json", "--output", target])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.contains("\"verdict\": \"non-compliant\""))
    }

    @Test func lintAcceptsTheProgrammes() throws {
        let run = try TallyRunner.run(["lint", "programmes"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ok: programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml: 12 chỉ tiêu, 66 bản ghi trong 5 tệp"))
        #expect(run.stdout.contains("ok: programmes/2020-tinh-doan-phu-tho.yaml: 9 chỉ tiêu, 79 bản ghi trong 4 tệp"))
        #expect(try TallyRunner.run(["lint", "--lang", "en", "programmes"]).stdout.contains("ok: programmes/2020-tinh-doan-phu-tho.yaml: 9 targets, 79 records in 4 files"))
    }

    @Test(arguments: [
        ("explain-hardship-visits.en.txt", [thaiNguyen, "hardship-visits", "--as-of", "2024-06-30", "--lang", "en"]),
        ("explain-conferences.vi.txt", [thaiNguyen, "conferences", "--as-of", "2024-06-30"]),
        ("explain-grassroots-days.en.txt", [phuTho, "grassroots-days", "--as-of", "2020-06-30", "--lang", "en"]),
    ])
    func explainMatchesGolden(_ golden: String, _ arguments: [String]) throws {
        let run = try TallyRunner.run(["explain"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, against: golden)
    }

    @Test func explainUnknownTargetSuggests() throws {
        let run = try TallyRunner.run(["explain", Self.thaiNguyen, "conference"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("lỗi[no-such-target]: programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml không có chỉ tiêu \"conference\"\n  cách sửa: có phải là \"conferences\" không?\n"))
    }

    @Test func badAsOfIsAnArgumentError() throws {
        let run = try TallyRunner.run(["check", Self.thaiNguyen, "--as-of", "2024-02-30"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("not a real date"))
    }
}
