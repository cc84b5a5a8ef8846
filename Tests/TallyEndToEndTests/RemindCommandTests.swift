import Foundation
import Testing

/// `tally remind`: grouped text, an RFC 5545 calendar, and silence when nothing is due.
@Suite struct RemindCommandTests {
    static let thaiNguyen = "programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml"

    @Test func textGroupsByDate() throws {
        let run = try TallyRunner.run(["remind", Self.thaiNguyen, "--as-of", "2024-06-20"])
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, against: "remind-thai-nguyen-2024-06-20.vi.txt")
    }

    @Test func englishTextForPhuTho() throws {
        let run = try TallyRunner.run(["remind", "programmes/2020-tinh-doan-phu-tho.yaml", "--as-of", "2020-06-25", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, against: "remind-phu-tho-2020-06-25.en.txt")
    }

    @Test func silentWhenNothingIsDue() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("p.yaml", """
        programme: Test
        organisation: Org
        period: 2024
        records: [r.yaml]
        targets:
          - {id: a, title: A, count: meeting, during: 2024-Q4}
          - {id: v, title: V, respond: {to: proposal, with: visit, within: 14d}}
        """)
        try folder.write("r.yaml", "- {date: 2024-01-10, activity: proposal, id: P1}\n- {date: 2024-01-12, activity: visit, responds-to: P1}\n")
        let quiet = try TallyRunner.run(["remind", path, "--as-of", "2024-06-01"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let due = try TallyRunner.run(["remind", path, "--as-of", "2024-12-20", "--lang", "en"])
        #expect(due.stdout.contains("2024-12-31 (in 11 days)"))
        #expect(due.stdout.contains("Deadline of a: A"))
        #expect(due.stdout.contains("still needed: 1"))
        let wide = try TallyRunner.run(["remind", path, "--as-of", "2024-09-20", "--within", "2w"])
        #expect(wide.stdout.isEmpty, "the Q4 window ends beyond two weeks")
    }

    @Test func remindersNameTheTriggerItsUnitAndDateAndTheMissingMembers() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("p.yaml", """
        programme: Test
        organisation: Công đoàn Bệnh viện
        period: 2024
        language: vi
        rosters:
          khoa: [{id: noi, name: Khoa Nội, aliases: [KN]}, Khoa Ngoại, Khoa Sản]
        activities: {proposal: Đề xuất thăm hỏi, visit: Thăm hỏi, conference: Hội nghị}
        records: [r.yaml]
        targets:
          - {id: conferences, title: Hội nghị ở mọi khoa, count: conference, each: khoa, by: 2024-03-31}
          - {id: visits, title: Thăm hỏi trong 14 ngày, respond: {to: proposal, with: visit, within: 14d}}
        """)
        try folder.write("r.yaml", """
        - {date: 2024-01-10, activity: conference, unit: KN}
        - {date: 2024-03-20, activity: proposal, id: OD-03, unit: KN, title: Chị Lan ốm nặng}
        - {date: 2024-03-01, activity: proposal, id: OD-01, unit: Khoa Sản}

        """)
        let run = try TallyRunner.run(["remind", path, "--as-of", "2024-03-25"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
        Nhắc việc tính đến ngày 25/03/2024 (trong 14 ngày tới)

        Quá hạn
          - OD-01: quá hạn 10 ngày, hạn 15/03/2024 (visits: Thăm hỏi trong 14 ngày)
              Đề xuất thăm hỏi ngày 01/03/2024, đơn vị: Khoa Sản

        31/03/2024 (còn 6 ngày)
          - Hết hạn chỉ tiêu conferences: Hội nghị ở mọi khoa
              cần thêm: 2 thành viên
              còn thiếu: Khoa Ngoại, Khoa Sản

        03/04/2024 (còn 9 ngày)
          - OD-03 “Chị Lan ốm nặng” cần được đáp ứng (visits: Thăm hỏi trong 14 ngày)
              Đề xuất thăm hỏi ngày 20/03/2024, đơn vị: Khoa Nội

        """, "the trigger's title, its unit by roster name (KN is Khoa Nội) and date; the members still missing")
        let calendar = try TallyRunner.run(["remind", path, "--as-of", "2024-03-25", "--format", "ics", "--lang", "en"], in: folder.url)
        let unfolded = calendar.stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:OD-03 “Chị Lan ốm nặng” needs an answer (visits: Thăm hỏi trong 14 ngày)"), "\(unfolded)")
        #expect(unfolded.contains("DESCRIPTION:Công đoàn Bệnh viện\\nĐề xuất thăm hỏi on 2024-03-20\\, unit: Khoa Nội"), "\(unfolded)")
        #expect(unfolded.contains("missing: Khoa Ngoại\\, Khoa Sản"))
    }

    @Test func calendarIsRFC5545() throws {
        let run = try TallyRunner.run(["remind", Self.thaiNguyen, "--as-of", "2024-06-20", "--format", "ics"])
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
        #expect(!run.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        #expect(lines.contains("DUE;VALUE=DATE:20240630"))
        let again = try TallyRunner.run(["remind", Self.thaiNguyen, "--as-of", "2024-06-21", "--format", "ics"])
        let uids = { (text: String) in text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(run.stdout) == uids(again.stdout), "UIDs are stable across runs, so a re-import updates")
        try Golden.check(run.stdout, against: "remind-thai-nguyen-2024-06-20.ics")
    }
}
