import Foundation
import Testing
@testable import TallyCore
@testable import TallyReports

/// The HTML report built from small programmes evaluated in memory.
@Suite struct HTMLReportTests {
    static let evil = "<script>alert(1)</script>"

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// A programme whose records carry hostile text, with a count, a sum, an each, an every and a share target.
    static func evaluate(language: Language = .vi, organisation: String = "Công đoàn <b>\"Sở\"</b> & 'Co'",
                         asOf: Day = day(2024, 6, 30)) -> ProgrammeResult {
        var records = RecordSet()
        let meeting = records.kindID("meeting")!, gift = records.kindID("gift")!
        let file = records.fileID("records/2024.yaml")!
        let amount = records.fieldID("amount")!, attended = records.fieldID("attended")!
        records.append(day: day(2024, 2, 10), kind: meeting, file: file, line: 3, fields: [
            (KnownField.title, .text(evil)), (KnownField.unit, .text("Unit <i>A</i>")),
            (KnownField.evidence, .list(["minutes/a\"b.pdf", "<img>.jpg"])), (attended, .bool(true)),
        ])
        records.append(day: day(2024, 2, 10), kind: meeting, file: file, line: 9, fields: [(KnownField.unit, .text("B"))])
        records.append(day: day(2024, 5, 2), kind: meeting, file: file, line: 14, fields: [(KnownField.unit, .text("Unit <i>A</i>"))])
        records.append(day: day(2024, 3, 1), kind: gift, file: file, line: 20, fields: [(amount, .number(5_000_000))])
        records.append(day: day(2024, 4, 1), kind: gift, file: file, line: 25, fields: [(amount, .number(7_000_000))])
        let year = DateWindow.year(2024)!
        let roster = Roster(name: "units", members: [Roster.Member(name: "Unit <i>A</i>"), Roster.Member(name: "B"), Roster.Member(name: "C & D")])
        let targets = [
            Target(id: "meetings\"x", title: "Họp <em>định kỳ</em>", owner: "Ban <Thường vụ>", measure: .count(kinds: ["meeting"], distinct: nil),
                   atLeast: .number(4), window: year, milestones: [Milestone(by: day(2024, 3, 31), atLeast: .number(1))]),
            Target(id: "gifts", title: "Quà", measure: .sum(field: "amount", kinds: ["gift"]), atLeast: .number(12_000_000),
                   window: DateWindow(from: year.from, to: day(2024, 3, 31))),
            Target(id: "units", title: "Mỗi đơn vị", measure: .count(kinds: ["meeting"], distinct: nil), each: "units",
                   atLeast: .number(1), window: year),
            Target(id: "quarterly", title: "Mỗi quý", measure: .count(kinds: ["meeting"], distinct: nil), atLeast: .number(1),
                   window: year, every: .quarter),
            Target(id: "share", title: "Tỷ lệ", measure: .share(kinds: ["meeting"], that: .truthy(.field("attended"))), atLeast: .percent(50), window: year),
        ]
        let programme = Programme(title: "Chương trình \(evil)", organisation: organisation, period: year, language: language,
                                  rosterOrder: ["units"], rosters: ["units": roster], targets: targets,
                                  exemptions: [Exemption(target: "units", member: "C & D", reason: "Lý do <x>", approvedBy: "Ban \"A\"",
                                                         until: day(2024, 4, 30), line: 1)],
                                  rating: [RatingBand(atLeast: 50, label: "Khá <tốt>"), RatingBand(atLeast: nil, label: "Yếu")])
        return Evaluator(programme: programme, records: records, asOf: asOf).evaluate()
    }

    static func render(_ results: [ProgrammeResult], language: Language? = nil) -> String {
        HTMLReport().render(Report(results: results, language: language))
    }

    @Test func userTextIsEscapedInContentAndAttributes() {
        let html = Self.render([Self.evaluate()])
        #expect(!html.contains("<script"), "a record title must not become a script element")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<i>A</i>") && html.contains("Unit &lt;i&gt;A&lt;/i&gt;"), "units are text")
        #expect(!html.contains("<b>") && html.contains("Công đoàn &lt;b&gt;&quot;Sở&quot;&lt;/b&gt; &amp; &#39;Co&#39;"), "the organisation is text")
        #expect(!html.contains("<em>") && !html.contains("<img") && !html.contains("<Thường"))
        #expect(html.contains("id=\"p1-meetings&quot;x\""), "an attribute value keeps its quotes escaped")
        #expect(html.contains("a&quot;b.pdf") && html.contains("Lý do &lt;x&gt;") && html.contains("Ban &quot;A&quot;"))
    }

    @Test func pageIsSelfContained() {
        for language in Language.allCases {
            let html = Self.render([Self.evaluate(organisation: "Công đoàn")], language: language)
            for reference in ["http://", "https://", "src=", "<link", "<script", "@import", "url(", "@font-face"] {
                #expect(!html.contains(reference), "no external resource: \(reference)")
            }
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("<meta name=\"viewport\""))
            #expect(html.contains("@page{size:A4") && html.contains("@media print"))
        }
    }

    @Test func headerShowsVerdictScoreAndRating() {
        let result = Self.evaluate(language: .en)
        let html = Self.render([result])
        #expect(result.verdict == .nonCompliant, "the gifts target closed short on 31 March")
        #expect(html.contains(">a target is missed so far</strong>"), "mid-year the verdict says what stands so far")
        #expect(html.contains("<span class=\"label\">Score</span><strong>0% (provisional)</strong>"))
        #expect(result.score == 0 && html.contains("<span class=\"label\">Rating</span><strong>Yếu (provisional)</strong>"), "no target is met yet")
        let projected = result.projected
        #expect(html.contains("<span class=\"label\">Projected</span><strong>\(Phrases(.en).style.percent(projected.value * 100))</strong>"))
        let final = Self.evaluate(language: .en, asOf: Self.day(2025, 1, 1))
        let closed = Self.render([final])
        #expect(!final.isProvisional && closed.contains(">non-compliant</strong>") && !closed.contains("Projected"))
        #expect(html.contains("As of <strong>2024-06-30</strong>"))
    }

    @Test func countTargetHasABurnUpAndOtherShapesTheirOwnChart() {
        let html = Self.render([Self.evaluate(language: .en)])
        let meetings = section(of: "p1-meetings&quot;x", in: html)
        #expect(meetings.contains("<svg") && meetings.contains("Cumulative value by date"))
        #expect(meetings.contains("pace"), "the open window shows the pace")
        #expect(section(of: "p1-gifts", in: html).contains("<svg"), "a sum has a burn-up")
        #expect(section(of: "p1-quarterly", in: html).contains("Value per period"), "every: one column per period")
        #expect(section(of: "p1-units", in: html).contains("Value per member"), "each: one bar per member")
        #expect(!section(of: "p1-share", in: html).contains("<svg"), "share: no chart, and no error")
    }

    @Test func vietnameseNumbersDatesAndWords() {
        let html = Self.render([Self.evaluate()])
        #expect(html.contains("12.000.000"), "thousands grouped with dots")
        #expect(html.contains("31/03/2024"), "dates as dd/mm/yyyy")
        #expect(html.contains("<html lang=\"vi\">"))
        for english in ["Evidence", "Window", "Verdict", "Missing", "Cumulative", "Required", ">met<", "as of"] {
            #expect(!html.contains(english), "no English label in a Vietnamese report: \(english)")
        }
        #expect(html.contains("Minh chứng") && html.contains("Chưa đạt, "), "members not meeting the target, by their status")
        #expect(html.contains("đã hết hạn"), "the expired exemption is marked")
    }

    @Test func evidenceListsFileLineDateAndPaths() {
        let html = Self.render([Self.evaluate(language: .en)])
        let meetings = section(of: "p1-meetings&quot;x", in: html)
        #expect(meetings.contains("records/<wbr>2024.yaml:3"))
        #expect(meetings.contains("2024-02-10") && meetings.contains("minutes/<wbr>a&quot;b.pdf"))
        #expect(meetings.contains("Evidence (3 records)"))
    }

    @Test func shareRecordsAreMarkedWithTheirCondition() {
        let share = section(of: "p1-share", in: Self.render([Self.evaluate(language: .en)]))
        #expect(share.contains("<th class=\"num\">Holds</th>"))
        #expect(share.components(separatedBy: "✓").count - 1 == 1 && share.components(separatedBy: "✗").count - 1 == 2,
                "one meeting of three was attended")
    }

    @Test func burnUpSeriesFollowsTheEvidence() {
        let result = Self.evaluate()
        let count = result.series(of: result.targets[0])!
        #expect(count.map(\.value) == [2, 3], "two records on one day make one step")
        #expect(count.last?.value == result.targets[0].value)
        let sum = result.series(of: result.targets[1])!
        #expect(sum.map(\.value) == [5_000_000], "the April gift is after the window")
        #expect(result.series(of: result.targets[2]) == nil)
        #expect(result.series(of: result.targets[4]) == nil)
    }

    @Test func distinctCountsEachValueOnce() {
        var records = RecordSet()
        let kind = records.kindID("visit")!, file = records.fileID("r.csv")!
        for (offset, unit) in ["A", "A", "B", "b", "C"].enumerated() {
            records.append(day: Self.day(2024, 1, 10 + offset), kind: kind, file: file, line: Int32(offset + 2), fields: [(KnownField.unit, .text(unit))])
        }
        let target = Target(id: "visits", title: "Visits", measure: .count(kinds: ["visit"], distinct: "unit"), atLeast: .number(3), window: DateWindow.year(2024)!)
        let programme = Programme(title: "P", organisation: "O", period: DateWindow.year(2024)!, targets: [target])
        let result = Evaluator(programme: programme, records: records, asOf: Self.day(2024, 6, 30)).evaluate()
        let series = result.series(of: result.targets[0])!
        #expect(series.last?.value == result.targets[0].value, "the chart ends at the evaluated value")
        #expect(series.first?.value == 1 && series.count == 5)
    }

    @Test func rollUpOpensWithTheSummaryTable() {
        let html = Self.render([Self.evaluate(language: .en, organisation: "First"), Self.evaluate(language: .en, organisation: "Second")])
        let summary = html.range(of: "Summary (2)")!, first = html.range(of: "id=\"p1\"")!
        #expect(summary.lowerBound < first.lowerBound)
        #expect(html.contains("<a href=\"#p2\">Second</a>"))
        #expect(html.contains("id=\"p2-gifts\""), "anchors stay unique across programmes")
    }

    @Test func outputIsDeterministic() {
        #expect(Self.render([Self.evaluate()]) == Self.render([Self.evaluate()]))
    }

    /// The HTML of the target card with anchor `id`.
    func section(of id: String, in html: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</article>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
