import Testing
@testable import TallyReports

/// CSV cells: RFC 4180 quoting, and cells a spreadsheet would run as formulas made safe.
@Suite struct CSVReportTests {
    @Test func cellsAreQuotedAndMadeSafe() {
        #expect(CSVReport.cell("Công đoàn cơ sở") == "Công đoàn cơ sở")
        #expect(CSVReport.cell("Sở LĐ-TB&XH, Thái Nguyên") == "\"Sở LĐ-TB&XH, Thái Nguyên\"")
        #expect(CSVReport.cell("the \"best\" union") == "\"the \"\"best\"\" union\"")
        #expect(CSVReport.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVReport.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVReport.cell("+84 912") == "'+84 912")
        #expect(CSVReport.cell("-1") == "'-1")
        #expect(CSVReport.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVReport.cell("a;b") == "\"a;b\"")
    }
}
