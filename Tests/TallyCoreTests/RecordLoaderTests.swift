import Foundation
import Testing
@testable import TallyCore

/// Records from YAML and CSV: typing, roster matching, ids, and every error with its place.
@Suite struct RecordLoaderTests {
    static let header = Fixture.programme("""
      - {id: visits, title: V, respond: {to: proposal, with: visit, within: 14d}}
      - {id: gifts, title: G, sum: amount, of: visit, at-least: 1000000}
    """, extra: """
    rosters:
      centres:
        - Trung tâm Bảo trợ xã hội tỉnh
        - {id: dvvl, name: Trung tâm Dịch vụ việc làm, aliases: [TTDVVL]}
    """)

    @Test func yamlRecordsAreTypedAndKeepTheirLine() throws {
        let fixture = try Fixture(programme: Self.header, records: ["records.yaml": """
        - date: 02/04/2024
          activity: proposal
          id: HP-001
          unit: ttdvvl
          urgent: true
          note: "2000"
        - date: 2024-04-06
          activity: visit
          responds-to: HP-001
          amount: 2000000
          evidence: [a.pdf, b.jpg]
        """])
        let loaded = fixture.load()
        #expect(loaded.diagnostics.items.isEmpty)
        let records = loaded.records
        #expect(records.count == 2)
        #expect(records.records[0].day == Day(year: 2024, month: 4, day: 2))
        #expect(records.location(of: 1).line == 7)
        #expect(records.value(records.existingFieldID("urgent")!, of: 0) == .bool(true))
        #expect(records.value(records.existingFieldID("note")!, of: 0) == .text("2000"), "quoted stays text")
        #expect(records.value(records.existingFieldID("amount")!, of: 1) == .number(2_000_000))
        #expect(records.value(KnownField.evidence, of: 1) == .list(["a.pdf", "b.jpg"]))
    }

    @Test func recordErrorsAreAllReportedWithTheirColumn() throws {
        let fixture = try Fixture(programme: Self.header, records: ["records.yaml": """
        - date: 2024-02-30
          activity: proposal
          id: HP-1
        - date: 2024-03-01
          activity: proposal
          unit: Trung tam Bao tro
        - date: 2024-03-02
          activity: visit
          responds-to: HP-9
          amount: 2.000.000
        - activity: visit
        - date: 2024-03-03
          activity: proposal
          id: HP-1
        - date: 2024-03-04
          activity: proposal
          id: HP-1
        """])
        #expect(fixture.errors() == [
            "1:9: 2024-02-30 is not a real date: month 2 of 2024 has 29 days",
            "6:9: \"Trung tam Bao tro\" is not a member of any roster",
            "4:3: a proposal record needs an id, so that answers can name it in responds-to",
            "10:11: \"2.000.000\" in amount uses separators inside a number",
            "11:3: this record has no date",
            "14:7: the id \"HP-1\" is used by two records",
            "17:7: the id \"HP-1\" is used by two records",
            "9:16: responds-to names \"HP-9\", but no record has that id",
        ])
        let fixes = fixture.load().diagnostics.items.map(\.fix)
        #expect(fixes.contains("did you mean \"Trung tâm Bảo trợ xã hội tỉnh\"?"))
        #expect(fixes.contains("write digits only, with \".\" for decimals: amount: 2000000"))
    }

    /// Titles and long texts are kept as bytes until stored (`PendingField.placed`): they are
    /// still checked where a target reads them (a title as the key of an `each`, a long amount, a
    /// long note that looks like a number) and stored as written, in YAML and in CSV.
    @Test func titlesAndLongTextsAreCheckedAndStoredAsWritten() throws {
        let long = String(repeating: "Tổng kết công tác năm ", count: 3)
        let programme = Fixture.programme("""
          - {id: by-title, title: T, count: visit, each: centres, key: title}
          - {id: gifts, title: G, sum: amount, of: visit, at-least: 1}
        """, extra: "rosters:\n  centres: [Trung tâm Bảo trợ xã hội tỉnh, Văn phòng Sở]\n")
        let yaml = """
        - {date: 2024-03-01, activity: visit, title: Trung tâm Bảo trợ xã hội tỉnh, amount: 1000, note: \(long)}
        - {date: 2024-03-02, activity: visit, title: Trung tam Bao tro xa hoi, amount: 5}
        - {date: 2024-03-03, activity: visit, title: Văn phòng Sở, amount: 1.000.000.000.000.000.000.000.000.000.000.000.000.000.000}
        - {date: 2024-03-04, activity: visit, title: Văn phòng Sở, amount: 7, note: 2.000.000.000.000.000.000.000.000.000.000.000.000.000}
        """
        let fixture = try Fixture(programme: programme, records: ["records.yaml": yaml])
        #expect(fixture.errors() == [
            "2:46: \"Trung tam Bao tro xa hoi\" is not a member of roster \"centres\"",
            "3:68: \"1.000.000.000.000.000.000.000.000.000.000.000.000.000.000\" in amount uses separators inside a number",
        ])
        let loaded = fixture.load()
        #expect(loaded.diagnostics.items.contains { $0.severity == .warning && $0.start?.line == 4 && $0.message.contains("\"2.000.000.000.000.000.000.000.000.000.000.000.000.000\" in note") },
                "\(loaded.diagnostics.items.map(\.message))")
        let records = loaded.records, note = records.existingFieldID("note")!
        #expect(records.count == 2)
        #expect(records.value(KnownField.title, of: 0) == .text("Trung tâm Bảo trợ xã hội tỉnh") && records.value(note, of: 0) == .text(long.trimmedOfWhitespace))
        #expect(records.value(KnownField.title, of: 1) == .text("Văn phòng Sở") && records.value(note, of: 1) == .text("2.000.000.000.000.000.000.000.000.000.000.000.000.000"))
        let csv = "date,activity,title,amount,note\n2024-03-01,visit,\"  Trung tâm Bảo trợ xã hội tỉnh \",1000,\(long)\n2024-03-02,visit,Trung tam Bao tro xa hoi,5,\n"
        let fromCSV = try Fixture(programme: programme.replacingOccurrences(of: "records: [records.yaml]", with: "records: [r.csv]"), records: ["r.csv": csv])
        #expect(fromCSV.errors() == ["3:18: \"Trung tam Bao tro xa hoi\" is not a member of roster \"centres\""])
        #expect(fromCSV.load().records.value(KnownField.title, of: 0) == .text("Trung tâm Bảo trợ xã hội tỉnh"))
    }

    /// The header's programme reading `csv` as its records (r.csv), counting proposals instead of answering them.
    static func csvFixture(_ csv: String) throws -> Fixture {
        var header = Self.header.replacingOccurrences(of: "records: [records.yaml]", with: "records: [r.csv]")
        header = header.replacingOccurrences(of: "respond: {to: proposal, with: visit, within: 14d}", with: "count: proposal")
        return try Fixture(programme: header, records: ["r.csv": csv])
    }

    @Test func csvWithBOMSemicolonsQuotesAndEvidenceLists() throws {
        let csv = "\u{FEFF}date;activity;unit;title;evidence;amount\r\n" +
            "02/04/2024;proposal;dvvl;\"Ốm; nằm viện\";;\r\n" +
            "\r\n" +
            "2024-04-10;visit;TTDVVL;\"Thăm \"\"anh\"\" A\";a.pdf|b.pdf;1500000\r\n"
        let loaded = try Self.csvFixture(csv).load()
        #expect(loaded.diagnostics.items.map(\.message) == [])
        let records = loaded.records
        #expect(records.count == 2)
        #expect(records.text(KnownField.title, of: 0) == "Ốm; nằm viện")
        #expect(records.text(KnownField.title, of: 1) == "Thăm \"anh\" A")
        #expect(records.value(KnownField.evidence, of: 1) == .list(["a.pdf", "b.pdf"]))
        #expect(records.location(of: 1).line == 4)
        #expect(records.value(records.existingFieldID("amount")!, of: 0) == nil, "an empty cell is absent")
    }

    /// Quoted cells with line breaks and doubled quotes (unescaped for their row), between plain and
    /// quoted cells without them (read in place), several in one row, and marks after them.
    @Test func csvQuotedCellsWithLineBreaksAndDoubledQuotes() throws {
        let csv = "date,activity,unit,title,evidence,amount\n" +
            "2024-04-02,proposal,\"dvvl\",\"Ốm\nnằm \"\"viện\"\"\",\"a.pdf\",\"1500\"\n" +
            "2024-04-03,proposal,TTDVVL,\"Thăm\r\nhỏi\",\"x \"\"y\"\".pdf|z.pdf\",2x\n"
        let loaded = try Self.csvFixture(csv).load()
        #expect(loaded.diagnostics.items.map(\.message) == [])
        let records = loaded.records
        #expect(records.count == 2)
        #expect(records.text(KnownField.title, of: 0) == "Ốm\nnằm \"viện\"")
        #expect(records.value(KnownField.evidence, of: 0) == .list(["a.pdf"]))
        #expect(records.value(records.existingFieldID("amount")!, of: 0) == .number(1500))
        #expect(records.text(KnownField.title, of: 1) == "Thăm\r\nhỏi")
        #expect(records.value(KnownField.evidence, of: 1) == .list(["x \"y\".pdf", "z.pdf"]))
        #expect(records.location(of: 1).line == 4, "the row after a quoted line break")
    }

    /// White space around a cell (spaces, tabs, no-break and zero-width spaces) is not part of its value;
    /// a row of white space alone is skipped; a cell of white space alone is absent.
    @Test func csvCellsAreTrimmedOfWhiteSpace() throws {
        let csv = "date,activity,unit,title,amount\n" +
            " 2024-04-02 ,\tproposal\t,\u{A0}dvvl\u{A0},\u{200B}Ốm nằm viện\u{200B}, 1500 \n" +
            " , \t,\u{A0}, ,\n" +
            "2024-04-03,proposal,TTDVVL,\"  quoted  \",\u{A0}\n"
        let loaded = try Self.csvFixture(csv).load()
        #expect(loaded.diagnostics.items.map(\.message) == [])
        let records = loaded.records
        #expect(records.count == 2)
        #expect(records.records[0].day == Day(year: 2024, month: 4, day: 2))
        #expect(records.text(KnownField.title, of: 0) == "Ốm nằm viện")
        #expect(records.value(records.existingFieldID("amount")!, of: 0) == .number(1500))
        #expect(records.text(KnownField.title, of: 1) == "quoted")
        #expect(records.value(records.existingFieldID("amount")!, of: 1) == nil)
        #expect(records.location(of: 1).line == 4)
    }

    @Test func csvRowsMustLineUpWithTheHeader() throws {
        let shifted = "date;activity;title;evidence;amount;note\n" +
            "05/03/2024;visit;Đợt 1;;9000000;\n" +
            "10/03/2024;visit;Ủng hộ đợt 1; gồm cả tiền bán hàng;;6000000;\n" +
            ";;;;;\n"
        let fixture = try Self.csvFixture(shifted)
        #expect(fixture.errors() == [
            "3:31: this row has 7 cells, but the header (line 1) has 6 (date;activity;title;evidence;amount;note); read as written: "
                + "date = \"10/03/2024\", activity = \"visit\", title = \"Ủng hộ đợt 1\", evidence = \"gồm cả tiền bán hàng\", amount = (empty), note = \"6000000\", (no column) = (empty)",
        ], "the row that moved 6000000 into note; the empty row is skipped")
        let trailing = "date;activity;amount;\n05/03/2024;visit;9000000;\n06/03/2024;visit;1000000\n07/03/2024;visit;;5;\n"
        let sheet = try Self.csvFixture(trailing)
        #expect(sheet.errors() == [
            "4:19: this row has 5 cells, but the header (line 1) has 4 (date;activity;amount;); read as written: date = \"07/03/2024\", activity = \"visit\", amount = (empty), (no column) = \"5\"",
        ], "a header ending with ; allows one empty trailing cell per row, no more")
        #expect(sheet.load().records.count == 2)
        let everyRow = "date;activity;amount\n05/03/2024;visit;9000000;\n06/03/2024;visit;1000000;\n"
        let consistent = try Self.csvFixture(everyRow)
        #expect(consistent.errors() == [], "every row ends with one empty cell: nothing moved")
        #expect(consistent.load().records.count == 2)
        let alone = try Self.csvFixture("date;activity;amount\n05/03/2024;visit;9000000;\n")
        #expect(alone.errors().count == 1, "a single row with a cell too many may be the one that moved")
    }

    @Test func csvErrorsPointAtTheCell() throws {
        let fixture = try Self.csvFixture("date,activity,amount\n2024-01-05,visit,\"2,000,000\"\n2024-13-01,visit,5\n")
        #expect(fixture.errors() == [
            "2:18: \"2,000,000\" in amount uses separators inside a number",
            "3:1: 2024-13-01 is not a real date: there is no month 13",
        ])
    }

    @Test func spreadsheetBooleansGetAWarning() throws {
        let programme = Fixture.programme("""
          - {id: bloc, title: B, share: bloc, that: attended}
        """)
        let fixture = try Fixture(programme: programme, records: ["records.yaml": """
        - {date: 2024-01-02, activity: bloc, attended: FALSE}
        - {date: 2024-01-03, activity: bloc, attended: FALSE}
        - {date: 2024-01-04, activity: bloc, attended: true}
        """])
        let diagnostics = fixture.load().diagnostics
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.items.map(\.message) == ["attended: FALSE is not a boolean: it counts as yes (any text does)"], "once per value and file")
        #expect(diagnostics.items.first?.severity == .warning)
    }

    @Test func recordsFilesMustBeOneList() throws {
        let fixture = try Fixture(programme: Self.header, records: ["records.yaml": "- {date: 2024-01-01, activity: visit}\n---\n- {date: 2024-01-02, activity: visit}\n"])
        #expect(fixture.errors() == ["2:1: a second YAML document starts here; Tally reads one document per file"])
    }

    @Test func globInAMissingFolderIsAnError() throws {
        let fixture = try Fixture(programme: Self.header.replacingOccurrences(of: "records: [records.yaml]", with: "records: [data/*.yaml]"))
        let diagnostic = fixture.load().diagnostics.items.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message.hasPrefix("records: \"data/*.yaml\" looks in the folder ") == true)
        #expect(diagnostic?.message.hasSuffix("/data, which does not exist") == true)
        #expect(diagnostic?.location == "\(fixture.programmePath):4:11")
    }

    @Test func globInAnEmptyFolderIsANote() throws {
        let fixture = try Fixture(programme: Self.header.replacingOccurrences(of: "records: [records.yaml]", with: "records: [data/*.yaml]"))
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("what goes here\n".utf8).write(to: fixture.folder.appendingPathComponent("data/README.md"))
        let loaded = fixture.load()
        #expect(loaded.isValid)
        #expect(loaded.records.count == 0)
        #expect(loaded.diagnostics.items.map(\.severity) == [.note])
        #expect(loaded.diagnostics.items.first?.message.hasPrefix("records: \"data/*.yaml\" matches no file yet") == true)
    }

    @Test func aFolderAsRecordsPathIsAnError() throws {
        let fixture = try Fixture(programme: Self.header.replacingOccurrences(of: "records: [records.yaml]", with: "records: [data]"))
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        let diagnostic = fixture.load().diagnostics.items.first
        #expect(diagnostic?.message == "\"data\" (\(fixture.folder.path)/data) is a folder, not a file")
        #expect(diagnostic?.location == "\(fixture.programmePath):4:11", "points at the records: entry")
    }
}
