import Foundation
import Testing

/// The Thái Nguyên tree shipped in `programmes/`: a template extended by five unions at two
/// folder levels, one keeping its records in an Excel workbook (programmes/README.md).
@Suite struct ProgrammeTreeTests {
    /// By hand, as of 30/06/2024 (columns party-recommendation, inspections, conferences,
    /// workers-month, then verdict and score):
    /// - Justice: no recommendation yet (pace 0: on track); 1 inspection by the 30/06 milestone;
    ///   Phòng Công chứng's conference on 05/04 is after 31/03 (2 of 3: missed); Workers' Month
    ///   2 of 3 groups, under 80% (missed); nothing met: 0.
    /// - Finance: 1 of 3 recommended (on track); 1 inspection, the override asks 1 (met); 3 of 3
    ///   conferences by 12/03 and 3 of 3 groups in May (met); its training of 22/03 in H1 (met): 4/5.
    /// - Culture: 1 of 4 (on track); no inspection yet, its milestone day is the as-of date (on
    ///   track); 4 of 4 conferences (met); May 2 of the 3 unions not exempt, 67% (missed): 1/4.
    /// - Health: 1 of the 2 unions its override asks (on track); 2 units inspected (met); 3 of 3
    ///   conferences, 3 of 3 in May (met): 3/4.
    @Test func theRollUpAsOfMidYear() throws {
        let run = try TallyRunner.run(["check", "programmes", "--recursive", "--as-of", "2024-06-30", "--format", "csv"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let rows = run.stdout.split(whereSeparator: \.isNewline).map { Self.cells(String($0)) }
        let header = rows[0]
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        var found: [String: String] = [:]
        for row in rows.dropFirst() where row[2].contains("cdvc-thai-nguyen/") {
            let statuses = ["party-recommendation", "inspections", "conferences", "workers-month"].map { row[column($0)] }
            found[String(row[2].split(separator: "/").last!)] = (statuses + [row[column("verdict")], row[column("score")]]).joined(separator: " ")
        }
        #expect(found == [
            "2024-cd-so-tu-phap.yaml": "on-track on-track missed missed non-compliant 0",
            "2024-cd-so-tai-chinh.yaml": "on-track met met met compliant 0.8",
            "2024-cd-so-van-hoa.yaml": "on-track on-track met missed non-compliant 0.25",
            "2024-cd-so-y-te.yaml": "on-track met met met compliant 0.75",
        ])
        #expect(rows.count == 7, "the two top-level programmes and the four below")
    }

    @Test func lintReadsTheWholeTree() throws {
        let run = try TallyRunner.run(["lint", "programmes", "--recursive"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ok: programmes/cdvc-thai-nguyen/2024-cd-so-tu-phap.yaml: 4 chỉ tiêu, 6 bản ghi trong 1 tệp"))
        #expect(run.stdout.split(separator: "\n").filter { $0.hasPrefix("ok: ") }.count == 6)
    }

    @Test func theWorkbookRecordsPointAtTheirSheetRow() throws {
        let run = try TallyRunner.run(["check", "programmes/cdvc-thai-nguyen/2024-cd-so-tu-phap.yaml", "--as-of", "2024-06-30", "--format", "json"])
        // The merged title is row 1 and the header row 2, so the sixth record, the inspection of
        // 20/06, is row 8.
        #expect(run.stdout.contains("\"file\": \"programmes/records/2024-cd-so-tu-phap/so-theo-doi.xlsx#Hoạt động\",\n              \"line\": 8,\n              \"date\": \"2024-06-20\""))
    }

    /// A CSV line's cells (quoted cells may hold commas).
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false
        for character in line.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}\r")) {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted { cells.append(current); current = "" } else { current.append(character) }
        }
        return cells + [current]
    }
}
