import Foundation
import Testing
@testable import TallyCore
@testable import TallyReports

/// Long lists are cut with "and N more" in text, Markdown and HTML (JSON keeps them whole);
/// evidence entries become safe links.
@Suite struct LongListsAndLinksTests {
    func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// A respond target with 125,000 triggers, none answered: all overdue by the end of the year.
    func huge() -> ProgrammeResult {
        var records = RecordSet()
        let proposal = records.kindID("proposal")!, file = records.fileID("r.csv")!
        for number in 0..<125_000 {
            records.append(day: day(2024, 1, 1).advanced(by: number % 300), kind: proposal, file: file, line: Int32(number + 2),
                           fields: [(KnownField.id, .text("P-\(number)"))])
        }
        let target = Target(id: "visits", title: "Visits", measure: .respond(to: ["proposal"], with: ["visit"], within: 14),
                            atLeast: .percent(100), window: DateWindow.year(2024)!)
        let programme = Programme(title: "P", organisation: "O", period: DateWindow.year(2024)!, language: .en, targets: [target])
        return Evaluator(programme: programme, records: records, asOf: day(2025, 1, 1)).evaluate()
    }

    @Test func aHundredAndTwentyFiveThousandTriggersAreNotPrintedOneByOne() throws {
        let result = huge()
        #expect(result.targets[0].overdue.count == 125_000)
        let text = TextReport().render(Report(results: [result]))
        let line = try #require(text.split(separator: "\n").first { $0.contains("overdue:") })
        #expect(line.hasSuffix(", and 124,990 more") && line.count < 200, "\(line.prefix(300))")
        let markdown = MarkdownReport().render(Report(results: [result], language: .vi))
        #expect(markdown.contains(", và 124.990 mục khác") && markdown.count < 5_000)
        let html = HTMLReport().render(Report(results: [result]))
        #expect(html.contains(">and 124,980 more</span>") && html.contains(">and 124,950 more</td>") && html.count < 200_000,
                "the chips and the triggers table stop after the first ones")
        let json = JSONReport().render(Report(results: [result]))
        #expect(json.contains("\"P-124999\""), "JSON keeps the whole list")
    }

    @Test func recordsLeftOutAreCountedAndOnlyTheFirstShown() throws {
        // 1,000 meetings of which 999 were held outside the target's window (Q1): left out, with a reason.
        var records = RecordSet()
        let meeting = records.kindID("meeting")!, file = records.fileID("r.yaml")!
        for number in 0..<1_000 {
            records.append(day: day(2024, 1, 1).advanced(by: number == 0 ? 10 : 100 + number % 200), kind: meeting, file: file,
                           line: Int32(number + 1), fields: [(KnownField.title, .text("M-\(number)"))])
        }
        let target = Target(id: "meetings", title: "Meetings", measure: .count(kinds: ["meeting"], distinct: nil),
                            atLeast: .number(2), window: DateWindow(from: day(2024, 1, 1), to: day(2024, 3, 31)))
        let programme = Programme(title: "P", organisation: "O", period: DateWindow.year(2024)!, language: .en, targets: [target])
        let result = Evaluator(programme: programme, records: records, asOf: day(2024, 12, 31)).evaluate()
        let text = TextReport().render(Report(results: [result]))
        let line = try #require(text.split(separator: "\n").first { $0.contains("left out (999)") }, "\(text)")
        #expect(line.hasSuffix("and 994 more") && line.contains("M-1 ("), "\(line)")
        let html = HTMLReport().render(Report(results: [result]))
        #expect(html.contains("(999 records)") && html.contains(">and 949 more</td>") && !html.contains("M-51<"), "50 rows of 999")
    }

    @Test func shortListsAreNotCut() {
        let phrases = Phrases(.en)
        #expect(phrases.list((1...11).map(String.init)) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11", "cutting one item would save nothing")
        #expect(phrases.list((1...12).map(String.init)) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, and 2 more")
    }

    @Test func evidenceLinksAreRelativeToTheReportAndNeverScripts() {
        let here = EvidenceLink(reportFolder: nil)
        #expect(here.href("bien-ban/a b.pdf", recordsFile: "programmes/records/q1.yaml") == "programmes/records/bien-ban/a%20b.pdf")
        let out = EvidenceLink(reportFolder: "out/reports")
        #expect(out.href("bien-ban/a.pdf", recordsFile: "programmes/records/q1.yaml") == "../../programmes/records/bien-ban/a.pdf")
        #expect(out.href("../anh/x.jpg", recordsFile: "programmes/records/q1.yaml") == "../../programmes/anh/x.jpg")
        #expect(here.href("https://drive.example/d/1?x=2", recordsFile: "r.yaml") == "https://drive.example/d/1?x=2")
        #expect(here.href("HTTP://example.org/a", recordsFile: "r.yaml") == "HTTP://example.org/a")
        for hostile in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "file:///etc/passwd", "vbscript:x", "https://a\"onmouseover=x"] {
            #expect(here.href(hostile, recordsFile: "r.yaml") == nil, "\(hostile) is shown, not linked")
        }
    }

    @Test func theHTMLReportLinksEvidenceSafely() {
        var records = RecordSet()
        let meeting = records.kindID("meeting")!, file = records.fileID("records/2024/q1.yaml")!
        records.append(day: day(2024, 2, 1), kind: meeting, file: file, line: 3, fields: [
            (KnownField.evidence, .list(["javascript:alert(1)", "https://x.org/a.pdf", "bien-ban/a.pdf"])),
        ])
        let target = Target(id: "m", title: "M", measure: .count(kinds: ["meeting"], distinct: nil), atLeast: .number(1), window: DateWindow.year(2024)!)
        let programme = Programme(title: "P", organisation: "O", period: DateWindow.year(2024)!, language: .en, targets: [target])
        let result = Evaluator(programme: programme, records: records, asOf: day(2024, 6, 30)).evaluate()
        let html = HTMLReport().render(Report(results: [result], outputPath: "out/report.html"))
        #expect(!html.lowercased().contains("href=\"javascript") && html.contains("<code>javascript:alert(1)</code>"), "shown, not linked")
        #expect(html.contains("<a href=\"https://x.org/a.pdf\">"))
        #expect(html.contains("<a href=\"../records/2024/bien-ban/a.pdf\">"), "relative to the report in out/")
    }
}
