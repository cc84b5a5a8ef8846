import Foundation
import Testing

/// The title heading a by-target row does not depend on the order of the programmes: a template
/// target's row takes the template's title even when programmes override it, and an own
/// target's row the most common title (a tie to the first in sorted order).
@Suite struct RollUpTitleTests {
    static let asOf = ["--as-of", "2024-06-30"]

    static func tree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("template.yaml", """
            programme: Province programme 2024
            period: 2024
            language: en
            activities: {meeting: Meeting}
            targets:
              - {id: meetings, title: Four meetings a year, count: meeting, at-least: 4}
            """)
        for (name, extra) in [("a", "override:\n  meetings: {title: Four meetings (our wording)}\ntargets:\n  - {id: visits, title: Zeta visits, count: meeting, at-least: 1}\n"),
                              ("b", "targets:\n  - {id: visits, title: Alpha visits, count: meeting, at-least: 1}\n"),
                              ("c", "targets:\n  - {id: visits, title: Zeta visits, count: meeting, at-least: 1}\n")] {
            try folder.write("\(name).yaml", "extends: template.yaml\norganisation: Union \(name.uppercased())\nrecords: [\(name)-records.yaml]\n" + extra)
            try folder.write("\(name)-records.yaml", "- {date: 2024-02-01, activity: meeting}\n")
        }
        return folder
    }

    @Test(arguments: [["a.yaml", "b.yaml", "c.yaml"], ["c.yaml", "b.yaml", "a.yaml"]])
    func byTargetTitlesInEveryFormat(files: [String]) throws {
        let folder = try Self.tree()
        let json = try TallyRunner.run(["check"] + files + ["--format", "json", "--summary"] + Self.asOf, in: folder.url)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["byTarget"] as? [[String: Any]])
        #expect(Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0["title"] as! String) })
                == ["meetings": "Four meetings a year", "visits": "Zeta visits"])
        for format in ["text", "markdown", "html", "junit"] {
            let run = try TallyRunner.run(["check"] + files + ["--format", format, "--summary"] + Self.asOf, in: folder.url)
            #expect(run.stdout.contains("Four meetings a year"), "\(format)")
            #expect(!run.stdout.contains("our wording"), "\(format): the override heads no row")
            #expect(run.stdout.contains("Zeta visits") && !run.stdout.contains("Alpha visits"), "\(format)")
        }
    }

    /// As the DOLISA programme alone overrides a template target's title: the row still reads the template's.
    @Test func theOnlyProgrammeOverridingTheTitle() throws {
        let folder = try Self.tree()
        let run = try TallyRunner.run(["check", "a.yaml", "c.yaml", "--summary"] + Self.asOf, in: folder.url)
        #expect(run.stdout.contains("meetings — Four meetings a year"))
        let single = try TallyRunner.run(["check", "a.yaml", "--format", "json"] + Self.asOf, in: folder.url)
        #expect(single.stdout.contains("Four meetings (our wording)"), "the programme's own report keeps its wording")
    }

    @Test func aTieGoesToTheFirstTitleInSortedOrder() throws {
        let folder = try Self.tree()
        let run = try TallyRunner.run(["check", "c.yaml", "b.yaml", "--format", "json", "--summary"] + Self.asOf, in: folder.url)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["byTarget"] as? [[String: Any]])
        #expect(rows.first { $0["id"] as? String == "visits" }?["title"] as? String == "Alpha visits")
    }
}
