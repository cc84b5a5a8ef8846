import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// User text never breaks out of a report: no script in HTML, no table breaking or formulas in
/// Markdown, well-formed JUnit XML, no line injection in ICS.
@Suite struct OutputSafetyTests {
    static let hostile = "<script>alert(1)</script> | =HYPERLINK(\\\"x\\\") & \\\"q\\\" ; , \\\\n# h"

    func setUp() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let programme = try folder.write("p.yaml", """
        programme: "\(Self.hostile)"
        organisation: "=cmd|' /C calc'!A0 <b>"
        period: 2024
        records: [r.yaml]
        targets:
          - {id: t, title: "\(Self.hostile)", count: visit, at-least: 2, owner: "@owner"}
          - {id: v, title: V, respond: {to: proposal, with: visit, within: 14d}}
        """)
        try folder.write("r.yaml", """
        - {date: 2024-01-05, activity: visit, title: "<img src=x onerror=alert(1)>", unit: "a|b"}
        - {date: 2024-12-20, activity: proposal, id: "P1\\r\\nBEGIN:VEVENT", title: "x"}
        """)
        return (folder, programme)
    }

    @Test func htmlShowsUserTextAsText() throws {
        let (folder, programme) = try setUp()
        let run = try TallyRunner.run(["check", programme, "--as-of", "2024-06-30", "--format", "html"], in: folder.url)
        #expect(!run.stdout.contains("<script>alert"))
        #expect(!run.stdout.contains("<img src=x"))
        #expect(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(run.stdout.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func markdownCellsCannotBreakTheTableOrRunFormulas() throws {
        let (folder, programme) = try setUp()
        let run = try TallyRunner.run(["check", programme, "--as-of", "2024-06-30", "--format", "markdown"], in: folder.url)
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| ---") }
        for row in rows {
            let unescapedPipes = row.enumerated().filter { $0.element == "|" && ($0.offset == 0 || Array(row)[$0.offset - 1] != "\\") }.count
            #expect(unescapedPipes == 6, "five cells per row: \(row)")
        }
        #expect(run.stdout.contains("## \\=cmd\\|' /C calc'!A0 \\<b\\>"), "a leading = is escaped")
        #expect(!run.stdout.contains("<script>"))
    }

    @Test func junitIsWellFormedXML() throws {
        let (folder, programme) = try setUp()
        let run = try TallyRunner.run(["check", programme, "--as-of", "2025-01-10", "--format", "junit"], in: folder.url)
        #expect(run.status == 1)
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let failures = try document.nodes(forXPath: "//failure")
        #expect(failures.count == 2)
        let names = try document.nodes(forXPath: "//testcase/@name").compactMap(\.stringValue)
        #expect(names.first == "t: " + Self.hostile.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\"))
    }

    @Test func icsTextCannotInjectLines() throws {
        let (folder, programme) = try setUp()
        let run = try TallyRunner.run(["remind", programme, "--as-of", "2024-12-25", "--format", "ics"], in: folder.url)
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.isEmpty, "the id's line break is escaped, not a new line")
        #expect(lines.filter { $0.hasPrefix("BEGIN:") }.allSatisfy { $0 == "BEGIN:VCALENDAR" || $0 == "BEGIN:VTODO" })
        #expect(run.stdout.contains("P1\\r\\nBEGIN:VEVENT") || run.stdout.contains("P1\\nBEGIN:VEVENT"))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!run.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!run.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }
}
