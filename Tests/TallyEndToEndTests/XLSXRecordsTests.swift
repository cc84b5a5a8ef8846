import Foundation
import Testing

/// Records kept in Excel workbooks (Tests/Fixtures/xlsx, made by make_workbooks.py with openpyxl):
/// the same records as a workbook and as CSV give the same results; places read FILE#SHEET!CELL.
@Suite struct XLSXRecordsTests {
    static let folder = TallyRunner.root.appendingPathComponent("Tests/Fixtures/xlsx")

    /// Each target's id, status, value and required, and how many records are its evidence.
    static func targets(_ programme: String) throws -> [String] {
        let run = try TallyRunner.run(["check", programme, "--as-of", "2024-12-31", "--format", "json"], in: folder)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let targets = try #require((document["programmes"] as? [[String: Any]])?.first?["targets"] as? [[String: Any]])
        return targets.map { "\($0["id"]!) \($0["status"]!) \($0["value"]!)/\($0["required"]!) evidence \(($0["evidence"] as! [Any]).count)" }
    }

    @Test func workbookAndCSVGiveTheSameResults() throws {
        let workbook = try Self.targets("programme.yaml")
        let csv = try Self.targets("programme-csv.yaml")
        #expect(workbook == csv)
        // By hand: one centre held its conference by 31 March (the other on 2 April); gifts 2,000,000
        // (a saved formula) + 1,500,000; attended 2 of 3 conferences and meetings; 3 titled records.
        #expect(workbook == [
            "conferences missed 1/2 evidence 1", "gifts met 3500000/3000000 evidence 2",
            "attended on-track 66.66666666666667/60 evidence 3", "titled met 3/3 evidence 3", "july missed 0/1 evidence 0",
        ])
    }

    @Test func aNamedSheet() throws {
        let targets = try Self.targets("programme-sheet.yaml")
        #expect(targets.last == "july met 1/1 evidence 1")
    }

    @Test func evidencePointsAtTheSheetRow() throws {
        let run = try TallyRunner.run(["check", "programme.yaml", "--as-of", "2024-12-31", "--format", "json"], in: Self.folder)
        #expect(run.stdout.contains("\"file\": \"records.xlsx#Hoạt động\",\n              \"line\": 5"), "the gift of 6 April is on row 5")
    }

    @Test func aUnitMergedDownCountsForEachOfItsRows() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("merged-unit.xlsx"), to: folder.url.appendingPathComponent("merged-unit.xlsx"))
        try folder.write("p.yaml", """
            programme: P
            organisation: O
            period: 2024
            rosters:
              centres: [Trung tâm Bảo trợ xã hội tỉnh, Trung tâm Dịch vụ việc làm]
            records: [merged-unit.xlsx]
            targets:
              - {id: meetings, title: M, count: meeting, each: centres, at-least: 1}
              - {id: conferences, title: C, count: conference, each: centres, at-least: 1}

            """)
        // By hand: A2:A3 merges the first centre down over its meeting of 1 June (row 3), so
        // meetings is 1 of 2 centres once the year is over; both centres held their conference.
        let json = try TallyRunner.run(["check", "p.yaml", "--as-of", "2025-01-01", "--format", "json"], in: folder.url)
        #expect(json.stderr.isEmpty, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let targets = try #require((document["programmes"] as? [[String: Any]])?.first?["targets"] as? [[String: Any]])
        #expect(targets.map { "\($0["id"]!) \($0["status"]!) \($0["value"]!)/\($0["required"]!)" } == ["meetings missed 1/2", "conferences met 2/2"])
    }

    /// Each bad workbook gives its diagnostic at `FILE#SHEET!CELL` (or the file), exit 2, quickly.
    @Test(arguments: [
        ("bad-data-above-header.xlsx", [
            "bad-data-above-header.xlsx#Sheet1!A1: error[data-above-header]: row 2 looks like the header row, but a row above it holds data in several cells",
            " 1 | Báo cáo | quý I", "   | ^",
            "  fix: delete the rows above row 2, or move their data below it as records",
        ]),
        ("bad-unsaved-formula.xlsx", [
            "bad-unsaved-formula.xlsx#Sheet1!C2: error[unsaved-formula]: cell C2 (amount) holds a formula whose result was never saved in the file",
            " 2 | 2024-01-05 | gift | =", "   |                     ^",
            "  fix: open the workbook in Excel or LibreOffice and save it: each formula's result is saved with it",
        ]),
        ("bad-error-value.xlsx", [
            "bad-error-value.xlsx#Sheet1!C2: error[spreadsheet-error-value]: cell C2 (amount) holds the spreadsheet error #DIV/0!",
            " 2 | 2024-01-05 | gift | #DIV/0!", "   |                     ^^^^^^^",
        ]),
        ("records.xlsx#Nope", [
            "records.xlsx#Nope: error[unknown-sheet]: the workbook has no sheet named \"Nope\"",
            "  fix: write one of its sheets after the #: \"Hoạt động\", \"Khác\"",
        ]),
        ("records.xlsx#hoạt  ĐỘNG", []),
        ("records.xlsx#Hoạt độgn", [
            "records.xlsx#Hoạt độgn: error[unknown-sheet]: the workbook has no sheet named \"Hoạt độgn\"",
            "  fix: did you mean \"Hoạt động\"?",
        ]),
        ("bad-not-a-zip.xlsx", [
            "bad-not-a-zip.xlsx: error[workbook-unreadable]: this .xlsx file cannot be opened as a workbook: it is damaged, or not really an Excel file",
        ]),
        ("bad-not-a-workbook.xlsx", [
            "bad-not-a-workbook.xlsx: error[not-a-workbook]: this file has no workbook inside: it is a ZIP archive of another kind (a Word document, a folder of files)",
        ]),
        ("bad-missing-sheet.xlsx", [
            "bad-missing-sheet.xlsx: error[workbook-part-missing]: the workbook part xl/worksheets/sheet1.xml is missing",
        ]),
        ("bad-zip-bomb.xlsx", [
            "bad-zip-bomb.xlsx: error[workbook-part-too-large]: the workbook part xl/sharedStrings.xml unpacks to more than 100 MB, too large for a records sheet",
        ]),
    ])
    func badWorkbooksGiveADiagnostic(_ records: String, _ expected: [String]) throws {
        let folder = try TemporaryFolder()
        let file = String(records.prefix { $0 != "#" })
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(file), to: folder.url.appendingPathComponent(file))
        try folder.write("p.yaml", "programme: P\norganisation: O\nperiod: 2024\nrecords: [\"\(records)\"]\ntargets:\n  - {id: a, title: A, count: gift}\n")
        let run = try TallyRunner.run(["lint", "p.yaml"], in: folder.url)
        #expect(run.status == (expected.isEmpty ? 0 : 2), "\(run.stderr)")
        #expect(Array(run.stderr.split(separator: "\n").prefix(expected.count).map(String.init)) == expected)
    }

    /// A sheet whose rows run empty to Excel's last row, 1,048,576: its one record counts, the
    /// empty rows cost nothing, and the styled empty cell on the last row is no record.
    @Test func aMillionEmptyRows() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("bad-million-rows.xlsx"), to: folder.url.appendingPathComponent("m.xlsx"))
        try folder.write("p.yaml", "programme: P\norganisation: O\nperiod: 2024\nrecords: [m.xlsx]\ntargets:\n  - {id: a, title: A, count: meeting}\n")
        let run = try TallyRunner.run(["check", "p.yaml", "--as-of", "2024-12-31", "--format", "csv"], in: folder.url)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.status == 0)
        let json = try TallyRunner.run(["check", "p.yaml", "--as-of", "2024-12-31", "--format", "json"], in: folder.url)
        #expect(json.stdout.contains("\"value\": 1"), "\(json.stdout)")
    }

    @Test func utf16CSVIsRefusedWithTheMenuPath() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", "programme: P\norganisation: O\nperiod: 2024\nrecords: [a.csv]\ntargets:\n  - {id: a, title: A, count: gift}\n")
        var utf16 = Data()
        for unit in "date,activity\n2024-01-05,gift\n".utf16 { utf16.append(UInt8(unit & 0xFF)); utf16.append(UInt8(unit >> 8)) }
        try utf16.write(to: folder.url.appendingPathComponent("a.csv"))
        let run = try TallyRunner.run(["lint", "p.yaml"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("a.csv:1:1: error[utf16-file]: the file is saved as UTF-16, not UTF-8\n  fix: save the sheet again as CSV UTF-8: in Excel, File > Save As > Browse, set \"Save as type\" to \"CSV UTF-8 (Comma delimited) (*.csv)\""), "\(run.stderr)")
        let vietnamese = try TallyRunner.run(["lint", "p.yaml", "--lang", "vi"], in: folder.url)
        #expect(vietnamese.stderr.contains("Tệp (File) > Lưu Như (Save As) > Duyệt (Browse)"), "\(vietnamese.stderr)")
    }

    /// Tally reads workbooks but never writes into one: `record --into` a workbook is refused
    /// and the file is left byte for byte.
    @Test func recordingIntoAWorkbookIsRefused() throws {
        let folder = try TemporaryFolder()
        let workbook = folder.url.appendingPathComponent("records.xlsx")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("records.xlsx"), to: workbook)
        try folder.write("p.yaml", "programme: P\norganisation: O\nperiod: 2024\nrecords: [records.xlsx]\ntargets:\n  - {id: a, title: A, count: meeting}\n")
        let before = try Data(contentsOf: workbook)
        let run = try TallyRunner.run(["record", "p.yaml", "--date", "2024-05-01", "--activity", "meeting", "--into", "records.xlsx"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error[record-into-csv]: tally record appends to YAML records files, and records.xlsx is a spreadsheet (CSV or Excel)"), "\(run.stderr)")
        #expect(try Data(contentsOf: workbook) == before)
    }
}
