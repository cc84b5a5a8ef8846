import Foundation
import Testing

/// A clerk in a real browser: Tests/Browser/record.py signs in to `tally serve`, records a
/// conference with a PDF attached through the form, sees the target change, and is refused
/// another unit and another programme. Then the journal holds exactly that one record.
@Suite("browser record")
struct BrowserRecordTests {
    @Test(.enabled(if: BrowserTests.missing.isEmpty || BrowserTests.required, "skipped: \(BrowserTests.missing.joined(separator: ", ")) missing"))
    func aClerkRecordsThroughTheForm() async throws {
        try #require(BrowserTests.missing.isEmpty, "CI=true needs \(BrowserTests.missing.joined(separator: ", ")) for the browser test")
        let folder = try TemporaryFolder()
        // The server's today: the programme is this year's, so the form's date (today) falls in it.
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        _ = try folder.write("served/phuong/cd.yaml", """
        programme: Kế hoạch công tác năm \(year)
        organisation: Công đoàn phường Hoàng Văn Thụ
        period: \(year)
        language: vi
        rosters:
          units: [Tổ 1, Tổ 2]
        activities: {conference: Hội nghị cán bộ công chức}
        records: [records/*.yaml]
        journal: records/web.yaml
        targets:
          - {id: conf, title: Hội nghị CBCC, count: conference, each: units, at-least: 1}
        """)
        _ = try folder.write("served/other/plan.yaml", """
        programme: Kế hoạch khác
        organisation: Công đoàn khác
        period: \(year)
        language: vi
        activities: {meeting: Sinh hoạt}
        records: [records/*.yaml]
        targets:
          - {id: meetings, title: Sinh hoạt 4 lần, count: meeting, at-least: 4}
        """)
        let add = try TallyRunner.run(["user", "add", "to1", "--role", "clerk", "--programme", "phuong/cd", "--unit", "Tổ 1",
                                       "--password-stdin", "--dir", "served"], in: folder.url, input: "mật khẩu tổ 1\n")
        #expect(add.status == 0, "\(add.stderr)")
        let evidence = try folder.write("bien-ban.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        let server = try ServeProcess(folder: "served", in: folder.url)
        defer { _ = server.stop() }
        let shots = TallyRunner.root.appendingPathComponent(".build/browser-screenshots")
        let script = TallyRunner.root.appendingPathComponent("Tests/Browser/record.py")
        let run = try TallyRunner.shell(["python3", script.path, server.base, shots.path, evidence])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("passed, 0 failed"))
        #expect(server.stop() == 0)

        let journal = try String(contentsOf: folder.url.appendingPathComponent("served/phuong/records/web.yaml"), encoding: .utf8)
        #expect(journal.components(separatedBy: "activity: conference").count == 2, "one record, not the refused one: \(journal)")
        #expect(journal.contains("Tổ 1") && !journal.contains("Tổ 2"))
        #expect(journal.contains("recorded-by: to1"))
        let stored = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("served/phuong/records/evidence").path)
        #expect(stored.count == 1 && stored[0].hasSuffix(".pdf") && stored[0].count == 64 + 4, "stored by its SHA-256: \(stored)")
    }
}
