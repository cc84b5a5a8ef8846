import Foundation
import Testing

/// A tree of programmes (Tests/Fixtures/tree) with a template extended at two folder levels,
/// overrides, an exemption, a broken template and a programme lacking a roster the template needs.
/// Every expectation below was computed by hand, as of 30 June 2024 (182 of 366 days elapsed):
///
/// - alpha (top): conferences met (U1, U2 by March), party met, reports 2 of 4 with pace
///   floor(4 × 182/366) = 1: on track. Compliant; score (1 + 1) / (1 + 1 + 2) = 0.5, Good.
/// - beta (top): U2 exempt, U1 met conferences; party overridden to 2, value 1, pace
///   floor(2 × 182/366) = 0: on track; reports 0 < pace 1: behind. At risk; score 1/4, Weak.
/// - gamma (districts/d1, two template levels): no conference by 31 March: missed; party 0 with
///   pace 0: on track; reports 4: met; inspections 1 by 30 June: met. Non-compliant; 3/5, Good.
/// - epsilon (districts/d2): conferences and party met; reports behind; inspections overridden to
///   30 September, 0 with pace floor(1 × 182/274) = 0: on track. At risk; 2/5, Weak.
/// - delta lacks the roster `member-unions`; broken/p1 and broken/p2 extend a broken template.
@Suite struct TreeRollUpTests {
    static let tree = TallyRunner.root.appendingPathComponent("Tests/Fixtures/tree")
    static let asOf = ["--as-of", "2024-06-30"]

    @Test func csvRowsWorstFirst() throws {
        let run = try TallyRunner.run(["check", ".", "--recursive", "--format", "csv"] + Self.asOf, in: Self.tree)
        #expect(run.status == 2, "delta and the broken template are invalid")
        #expect(run.stdout == "\u{FEFF}" + [
            "folder,organisation,programme file,verdict,score,rating,conferences,party,reports,inspections",
            "districts/d1,Gamma union,districts/d1/gamma.yaml,non-compliant,0.6,Good,missed,on-track,met,met",
            "top,Beta union,top/beta.yaml,at-risk,0.25,Weak,met,on-track,behind,",
            "districts/d2,Epsilon union,districts/d2/epsilon.yaml,at-risk,0.4,Weak,met,met,behind,on-track",
            "top,Alpha union,top/alpha.yaml,compliant,0.5,Good,met,met,on-track,",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func sortByName() throws {
        let run = try TallyRunner.run(["check", ".", "--recursive", "--format", "csv", "--sort", "name"] + Self.asOf, in: Self.tree)
        let organisations = run.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(organisations == ["Alpha union", "Beta union", "Epsilon union", "Gamma union"])
    }

    @Test func errorsAtTheRightFileOnce() throws {
        let run = try TallyRunner.run(["check", ".", "--recursive", "--summary"] + Self.asOf, in: Self.tree)
        #expect(run.status == 2)
        let firstLines = run.stderr.split(separator: "\n").filter { $0.contains("error[") && !$0.hasPrefix(" ") }.map(String.init)
        #expect(firstLines == [
            "districts/broken/template.yaml:3:40: error[unknown-activity]: \"visit\" is not one of the programme's activities",
            "districts/broken/template.yaml:3:47: error[unknown-key]: unknown key \"at_least\" in a target",
            "districts/d1/delta.yaml:1:10: error[template-target-does-not-fit]: template target \"conferences\" does not fit this file: there is no roster \"member-unions\"",
            "error[blocked-by-template]: 2 programmes extending districts/broken/template.yaml could not be checked because of the errors in that template",
        ])
        #expect(run.stderr.contains("templates/province.yaml:7:89: note: the target is written here, in the template"), "the note points at the template target")
    }

    @Test func byTargetInJSON() throws {
        let run = try TallyRunner.run(["check", ".", "--recursive", "--format", "json", "--summary"] + Self.asOf, in: Self.tree)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((document["programmes"] as? [Any])?.isEmpty == true, "--summary leaves the details out")
        let rows = try #require(document["byTarget"] as? [[String: Any]])
        let compact = rows.map { row -> String in
            let counts = row["counts"] as! [String: Int]
            let statuses = ["met", "on-track", "behind", "missed", "exempt", "upcoming"].map { "\($0)=\(counts[$0]!)" }.joined(separator: " ")
            let missed = (row["missed"] as! [String]).joined(separator: ","), behind = (row["behind"] as! [String]).joined(separator: ",")
            return "\(row["id"]!) \(row["programmes"]!): \(statuses) missed=(\(missed)) behind=(\(behind))"
        }
        #expect(compact == [
            "conferences 4: met=3 on-track=0 behind=0 missed=1 exempt=0 upcoming=0 missed=(Gamma union) behind=()",
            "reports 4: met=1 on-track=1 behind=2 missed=0 exempt=0 upcoming=0 missed=() behind=(Beta union,Epsilon union)",
            "party 4: met=2 on-track=2 behind=0 missed=0 exempt=0 upcoming=0 missed=() behind=()",
            "inspections 2: met=1 on-track=1 behind=0 missed=0 exempt=0 upcoming=0 missed=() behind=()",
        ])
        let folders = try #require(document["folders"] as? [[String: Any]])
        #expect(folders.map { "\($0["folder"]!):\($0["programmes"]!)" } == ["districts/d1:1", "districts/d2:1", "top:2"])
    }

    @Test func templateTargetsAreMarked() throws {
        let run = try TallyRunner.run(["check", "districts/d2/epsilon.yaml", "--format", "json"] + Self.asOf, in: Self.tree)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let programme = try #require((document["programmes"] as? [[String: Any]])?.first)
        let targets = try #require(programme["targets"] as? [[String: Any]])
        #expect(targets.map { $0["from"] as? String } == ["templates/province.yaml", "templates/province.yaml", "templates/province.yaml", "districts/template.yaml"])
        let text = try TallyRunner.run(["check", "districts/d2/epsilon.yaml"] + Self.asOf, in: Self.tree)
        #expect(text.stdout.contains("Inspect a member union [template]"))
    }

    @Test func lintAndRemindTakeTheTree() throws {
        let lint = try TallyRunner.run(["lint", ".", "--recursive"], in: Self.tree)
        #expect(lint.status == 2)
        #expect(lint.stdout.split(separator: "\n").map { String($0.prefix { $0 != ":" } ) } == [
            "ok", "ok", "ok", "ok",
        ])
        #expect(lint.stdout.contains("ok: top/beta.yaml: 3 targets, 2 records in 1 file"))
        // Only epsilon's inspections (overridden to 30 September) is due within 14 days of 20 September;
        // over several programmes, each reminder says whose it is.
        let remind = try TallyRunner.run(["remind", ".", "--recursive", "--as-of", "2024-09-20"], in: Self.tree)
        #expect(remind.stdout == "Reminders as of 2024-09-20 (next 14 days)\n\n2024-09-30 (in 10 days)\n"
                + "  - Epsilon union — Deadline of inspections: Inspect a member union\n      still needed: 1\n", "\(remind.stdout)")
        let calendar = try TallyRunner.run(["remind", ".", "--recursive", "--as-of", "2024-09-20", "--format", "ics"], in: Self.tree)
        #expect(calendar.stdout.contains("SUMMARY:Epsilon union — Deadline of inspections: Inspect a member union\r\n"), "\(calendar.stdout)")
    }

    /// lint and a roll-up without details hand the tree on a slice of programmes at a time as they
    /// walk it (lint prints each slice's results before reading the next); one programme a slice
    /// gives the very same output, each template's diagnostics once, before the first programme
    /// that extends it.
    @Test func slicesOfOneGiveTheSameOutput() throws {
        let small = ["TALLY_PROGRAMME_SLICE": "1"]
        for arguments in [["lint", ".", "--recursive"], ["check", ".", "--recursive", "--summary"] + Self.asOf, ["check", ".", "--recursive", "--format", "csv"] + Self.asOf,
                          ["remind", ".", "--recursive", "--as-of", "2024-03-20", "--within", "60d"], ["remind", ".", "--recursive", "--as-of", "2024-03-20", "--format", "ics"]] {
            let whole = try TallyRunner.run(arguments, in: Self.tree), sliced = try TallyRunner.run(arguments, in: Self.tree, environment: small)
            #expect(sliced.status == whole.status && sliced.stdout == whole.stdout && sliced.stderr == whole.stderr, "\(arguments)\n\(sliced.stderr)")
        }
        let lint = try TallyRunner.run(["lint", ".", "--recursive"], in: Self.tree, environment: small)
        let template = try #require(lint.stderr.range(of: "broken/template.yaml:3:40:"))
        #expect(lint.stderr.components(separatedBy: "broken/template.yaml:3:40:").count == 2)
        let firstBlocked = try #require(lint.stderr.range(of: "broken/p1.yaml:"))
        #expect(template.lowerBound < firstBlocked.lowerBound, "\(lint.stderr)")
    }

    /// A roll-up's details are written ahead into a spool as each programme is evaluated (one pass);
    /// without it (TALLY_DETAIL_SPOOL=0) they are held, or, for a roll-up too large to hold
    /// (TALLY_HELD_RECORDS=0), evaluated again a batch at a time as the report is written. The report
    /// is the same byte for byte all three ways: for the whole tree, where invalid programmes come
    /// first (the spool's details were written for places that moved, so they are evaluated again),
    /// and for folders of valid programmes only, where every programme's details come from the spool.
    @Test(arguments: ["text", "json", "markdown", "html", "junit"])
    func streamedRollUpIsTheSame(format: String) throws {
        for folders in [["."], ["top", "districts/d2"]] {
            let arguments = ["check"] + folders + ["--recursive", "--format", format] + Self.asOf
            let spooled = try TallyRunner.run(arguments, in: Self.tree)
            let held = try TallyRunner.run(arguments, in: Self.tree, environment: ["TALLY_DETAIL_SPOOL": "0"])
            let streamed = try TallyRunner.run(arguments, in: Self.tree, environment: ["TALLY_DETAIL_SPOOL": "0", "TALLY_HELD_RECORDS": "0"])
            #expect(held.stdout.contains("Epsilon union") && held.stdout.contains("Alpha union"), "the details of each programme are there")
            #expect(spooled.stdout == held.stdout, "\(folders)")
            #expect(streamed.stdout == held.stdout, "\(folders)")
            #expect(spooled.status == held.status && streamed.status == held.status)
        }
    }
}
