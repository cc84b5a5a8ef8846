import Foundation
import Testing
@testable import TallyCore

/// Templates (FORMAT.md section 8): merge rules, overrides, and errors at the right file, once.
@Suite struct TemplateTests {
    /// Writes `files` (relative path to content) into a scratch folder.
    static func tree(_ files: [String: String]) throws -> URL {
        let folder = Scratch.folder("templates")
        for (name, content) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return folder
    }

    static let template = """
    programme: Chương trình công tác năm 2024
    period: 2024
    language: vi
    activities: {conference: Hội nghị CBCC, party-recommendation: Giới thiệu đảng viên}
    rosters:
      member-unions: [Template member]
    rating:
      - {at-least: 50%, label: Tốt}
      - {label: Chưa tốt}
    targets:
      - {id: conferences, title: Hội nghị CBCC, count: conference, each: member-unions, by: 2024-03-31}
      - {id: party, title: Giới thiệu đoàn viên, count: party-recommendation, at-least: 1, weight: 2}
    """

    static func errors(_ loaded: LoadedProgramme) -> [String] {
        loaded.diagnostics.items.filter { $0.severity == .error }.map { d in
            "\(d.source.map { URL(fileURLWithPath: $0.path).lastPathComponent } ?? ""):" + (d.start.map { "\($0.line):\($0.column)" } ?? "") + ": " + d.message
        }
    }

    @Test func mergeRulesOfSectionEight() throws {
        let folder = try Self.tree([
            "templates/base.yaml": Self.template,
            "units/one.yaml": """
            extends: ../templates/base.yaml
            programme: Chương trình riêng
            organisation: CĐCS Một
            language: en
            rosters:
              member-unions: [A, B]
              teams: [T1]
            activities: {women-day: Ngày Phụ nữ}
            records: [records.yaml]
            override:
              party: {at-least: 2, title: Hai đoàn viên}
              conferences: {during: 2024-Q2}
            targets:
              - {id: women-day, title: Ngày Phụ nữ Việt Nam, count: women-day, during: 2024-10}
            exemptions:
              - {target: conferences, member: B, reason: Sáp nhập, approved-by: Ban Thường vụ}
            """,
            "units/records.yaml": "[]",
        ])
        let loaded = LoadedProgramme.load(path: folder.appendingPathComponent("units/one.yaml").path)
        #expect(Self.errors(loaded) == [])
        let programme = try #require(loaded.programme)
        #expect(programme.title == "Chương trình riêng")
        #expect(programme.language == .en)
        #expect(programme.period.from.description == "2024-01-01")
        #expect(programme.rating.map(\.label) == ["Tốt", "Chưa tốt"])
        #expect(programme.rosterOrder == ["member-unions", "teams"])
        #expect(programme.rosters["member-unions"]?.members.map(\.name) == ["A", "B"])
        #expect(programme.activities?.map(\.kind) == ["conference", "party-recommendation", "women-day"])
        #expect(programme.targets.map(\.id) == ["conferences", "party", "women-day"])
        let party = try #require(programme.target("party"))
        #expect(party.atLeast == .number(2))
        #expect(party.title == "Hai đoàn viên")
        #expect(party.weight == 2)
        #expect(party.from?.hasSuffix("templates/base.yaml") == true)
        let conferences = try #require(programme.target("conferences"))
        #expect(conferences.window.from.description == "2024-04-01")
        #expect(conferences.window.to.description == "2024-06-30")
        #expect(programme.target("women-day")?.from == nil)
        #expect(programme.exemptions.map(\.member) == ["B"])
    }

    @Test func overrideAndTargetErrorsPointAtTheProgramme() throws {
        let folder = try Self.tree([
            "templates/base.yaml": Self.template,
            "two.yaml": """
            extends: templates/base.yaml
            organisation: CĐCS Hai
            override:
              party: {count: meeting}
              partty: {title: x}
            targets:
              - {id: party, title: Again, count: party-recommendation}
            """,
        ])
        let loaded = LoadedProgramme.load(path: folder.appendingPathComponent("two.yaml").path)
        #expect(Self.errors(loaded) == [
            "two.yaml:4:11: override cannot change \"count\" of target \"party\"",
            "two.yaml:5:3: the template templates/base.yaml has no target \"partty\" to override",
            "two.yaml:7:10: target \"party\" is already a target of the template templates/base.yaml",
        ].map { $0.replacingOccurrences(of: "templates/base.yaml", with: folder.appendingPathComponent("templates/base.yaml").path) })
        #expect(loaded.diagnostics.items[1].fix == "did you mean \"party\"?")
    }

    @Test func aRosterTheProgrammeLacksIsReportedAtItNamingTheTemplateTarget() throws {
        let folder = try Self.tree([
            "templates/base.yaml": """
            programme: P
            period: 2024
            targets:
              - {id: conferences, title: Hội nghị, count: conference, each: member-unions}
              - {id: share, title: Phần trăm, count: visit, each: member-unions, at-least: 30% of headcount}
            """,
            "lacking.yaml": "extends: templates/base.yaml\norganisation: Thiếu\n",
            "attribute.yaml": "extends: templates/base.yaml\norganisation: Thiếu thuộc tính\nrosters:\n  member-unions: [A]\n",
        ])
        let templatePath = folder.appendingPathComponent("templates/base.yaml").path
        let lacking = LoadedProgramme.load(path: folder.appendingPathComponent("lacking.yaml").path)
        #expect(Self.errors(lacking) == [
            "lacking.yaml:1:10: template target \"conferences\" does not fit this file: there is no roster \"member-unions\"",
            "lacking.yaml:1:10: template target \"share\" does not fit this file: there is no roster \"member-unions\"",
        ])
        #expect(lacking.diagnostics.items.map { $0.notes.map(\.location) } == [["\(templatePath):4:65"], ["\(templatePath):5:55"]], "a note points at the template target")
        let attribute = LoadedProgramme.load(path: folder.appendingPathComponent("attribute.yaml").path)
        #expect(Self.errors(attribute) == [
            "attribute.yaml:1:10: template target \"share\" does not fit this file: member \"A\" of roster \"member-unions\" has no number \"headcount\"",
        ])
    }

    /// The programmes `names` (files of `folder`) loaded in turn with one run's templates, and each
    /// alone: their targets as `describe` says them, then what was said (severity, file, place, message).
    static func sharedAndAlone(_ names: [String], in folder: URL, describe: (Target) -> String) -> (shared: [[String]], alone: [[String]]) {
        func described(_ loaded: LoadedProgramme) -> [String] {
            let said = loaded.diagnostics.items.map { d in
                "\(d.severity) \(d.source.map { URL(fileURLWithPath: $0.path).lastPathComponent } ?? ""):\(d.start.map { "\($0.line):\($0.column)" } ?? ""): \(d.message)"
            }
            return (loaded.programme?.targets ?? []).map(describe) + said
        }
        let templates = TemplateCache()
        let shared = names.map { described(LoadedProgramme.load(path: folder.appendingPathComponent("\($0).yaml").path, templates: templates)) }
        return (shared, names.map { described(LoadedProgramme.load(path: folder.appendingPathComponent("\($0).yaml").path)) })
    }

    /// A template's targets are loaded once per context in a run (`TargetMemo`): programmes
    /// sharing the run's templates, with rosters, members, activities and periods that differ, an
    /// override, and one lacking a roster, get the same targets and diagnostics as each loaded alone.
    @Test func templateTargetsSharedInARunAgreeWithEachProgrammeAlone() throws {
        let folder = try Self.tree([
            "t/base.yaml": """
            programme: P
            period: 2024
            activities: [conference, visit]
            targets:
              - {id: conferences, title: Hội nghị, count: conference, each: units, members: 3, by: 2024-06-30}
              - {id: visits, title: Thăm hỏi, count: visit, where: "unit in units", at-least: 2, milestones: [{by: 2024-06-30, at-least: 1}]}
              - {id: share, title: Phần trăm, count: visit, each: units, at-least: 50% of headcount}
            """,
            "a.yaml": "extends: t/base.yaml\norganisation: A\nrosters:\n  units: [{name: X, headcount: 2}, {name: Y, headcount: 3}, {name: Z, headcount: 1}]\n",
            "b.yaml": "extends: t/base.yaml\norganisation: B\nrosters:\n  units: [{name: X, headcount: 2}, {name: Y, headcount: 4}]\n",
            "c.yaml": "extends: t/base.yaml\norganisation: C\nrosters:\n  units: [{name: X, headcount: 2}, {name: Y, headcount: 3}, {name: Z, headcount: 1}]\n",
            "d.yaml": "extends: t/base.yaml\norganisation: D\nperiod: {from: 2024-07-01, to: 2024-12-31}\nrosters:\n  units: [{name: X, headcount: 2}, {name: Y}, {name: Z, headcount: 1}]\n",
            "e.yaml": "extends: t/base.yaml\norganisation: E\nactivities: [meeting]\nrosters:\n  units: [{name: X, headcount: 2}, {name: Y, headcount: 3}, {name: Z, headcount: 1}]\n",
            "f.yaml": "extends: t/base.yaml\norganisation: F\nrosters:\n  teams: [{name: X, headcount: 2}]\n",
            "g.yaml": "extends: t/base.yaml\norganisation: G\nrosters:\n  units: [{name: X, headcount: 2}, {name: Y, headcount: 3}, {name: Z, headcount: 1}]\noverride:\n  visits: {at-least: 5}\n",
        ])
        let (shared, alone) = Self.sharedAndAlone(["a", "b", "c", "d", "e", "f", "g", "a", "c"], in: folder) { target in
            "\(target.id) \(target.atLeast) \(target.window) \(target.milestones.count) \(target.members.map { "\($0)" } ?? "-")"
        }
        #expect(shared == alone)
        #expect(shared[0].count == 3, "a has all three targets, no diagnostic: \(shared[0])")
        #expect(shared[1] == ["error b.yaml:1:10: template target \"conferences\" does not fit this file: members: 3 is more than the 2 there are"])
        #expect(shared[3].count == 3, "d starts in July: two targets' dates fall before it, and Y has no headcount: \(shared[3])")
        #expect(shared[5].count == 3 && shared[5].allSatisfy { $0.hasSuffix("there is no roster \"units\"") }, "f lacks the roster")
        #expect(shared[6][1] == "visits number(5) 2024-01-01..2024-12-31 1 -", "g's override")
    }

    /// A template's target changed by `override:` is shared too, by what it says once changed and
    /// by its template: programmes with the same override agree with each loaded alone, with their
    /// own lines, their own diagnostics at their own file, and the template it came from.
    @Test func overriddenTargetsSharedInARunAgreeWithEachProgrammeAlone() throws {
        let template = "programme: P\nperiod: 2024\nactivities: [visit]\ntargets:\n  - {id: visits, title: Thăm hỏi, count: visit, at-least: 2}\n"
        let units = "rosters:\n  units: [X, Y]\n"
        let folder = try Self.tree([
            "t/one.yaml": template,
            "t/two.yaml": "# the same target, another template\n" + template,
            "a.yaml": "extends: t/one.yaml\norganisation: A\n" + units + "override:\n  visits: {at-least: 5}\n",
            "b.yaml": "extends: t/one.yaml\norganisation: B\n\n" + units + "override:\n  visits: {at-least: 5}\n",
            "c.yaml": "extends: t/two.yaml\norganisation: C\n" + units + "override:\n  visits: {at-least: 5}\n",
            "d.yaml": "extends: t/one.yaml\norganisation: D\n" + units + "override:\n  visits: {at-least: 5, by: 2023-01-01}\n",
            "e.yaml": "extends: t/one.yaml\norganisation: E\n\n" + units + "override:\n  visits: {at-least: 5, by: 2023-01-01}\n",
            "f.yaml": "extends: t/one.yaml\norganisation: F\n" + units + "override:\n  visits: {at-least: 6}\n",
        ])
        let (shared, alone) = Self.sharedAndAlone(["a", "b", "c", "d", "e", "f", "a", "c", "e"], in: folder) { target in
            "\(target.id) \(target.atLeast) line \(target.line) from \(target.from.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "-")"
        }
        #expect(shared == alone)
        #expect(shared[0] == ["visits number(5) line 5 from one.yaml"] && shared[1] == shared[0], "the same override, the template's line")
        #expect(shared[2] == ["visits number(5) line 6 from two.yaml"], "the same text from another template")
        #expect(shared[3] == ["error d.yaml:6:29: the deadline 2023-01-01 is before the programme starts (2024-01-01)"])
        #expect(shared[4] == ["error e.yaml:7:29: the deadline 2023-01-01 is before the programme starts (2024-01-01)"], "at each programme's own file")
        #expect(shared[5] == ["visits number(6) line 5 from one.yaml"])
    }

    /// A target saying how many members must count is shared only with programmes whose rosters
    /// have as many members, however its `each:` is written (quoted with a space, which loading trims).
    @Test func membersCountedAgreeWithEachProgrammeAloneHoweverEachIsWritten() throws {
        let template = "programme: P\nperiod: 2024\nactivities: [visit]\ntargets:\n  - {id: c, title: C, count: visit, each: \"teams \", members: 5}\n"
        let folder = try Self.tree([
            "t/base.yaml": template,
            "a.yaml": "extends: t/base.yaml\norganisation: A\nrosters:\n  teams: [A, B, C, D, E, F]\n",
            "b.yaml": "extends: t/base.yaml\norganisation: B\nrosters:\n  teams: [A, B, C]\n",
            "c.yaml": "extends: t/base.yaml\norganisation: C\nrosters:\n  teams: [A, B, C]\noverride:\n  c: {title: Đổi}\n",
            "d.yaml": "extends: t/base.yaml\norganisation: D\nrosters:\n  teams: [A, B, C, D, E, F, G]\noverride:\n  c: {title: Đổi}\n",
        ])
        let (shared, alone) = Self.sharedAndAlone(["a", "b", "d", "c", "a", "b"], in: folder) { target in "\(target.id) \(target.title)" }
        #expect(shared == alone)
        #expect(shared[1].count == 1 && shared[1][0].contains("more than the 3 there are"), "\(shared[1])")
        #expect(shared[3].count == 1 && shared[3][0].contains("more than the 3 there are"), "an override too: \(shared[3])")
    }

    /// A bound on the members' attributes (`30% of headcount`) and a percentage of members are
    /// shared between programmes whose members all have the attribute, whatever their number; a
    /// programme where a member lacks it (or has it as text) still gets the error naming that member,
    /// before or after the others, and a bound written in quotes with spaces is read as loading trims it.
    @Test func attributeBoundsAndMemberPercentagesAgreeWithEachProgrammeAlone() throws {
        let template = """
        programme: P
        period: 2024
        activities: [visit]
        targets:
          - {id: p, title: P, count: visit, each: units, members: 50%}
          - {id: h, title: H, sum: n, of: visit, each: units, at-least: " 30% of headcount "}
          - {id: s, title: S, count: visit, each: "units", at-least: 30% of size, members: 2}
        """
        let folder = try Self.tree([
            "t/base.yaml": template,
            "a.yaml": "extends: t/base.yaml\norganisation: A\nrosters:\n  units: [{name: X, headcount: 2, size: 4}, {name: Y, headcount: 3, size: 1}]\n",
            "b.yaml": "extends: t/base.yaml\norganisation: B\nrosters:\n  units: [{name: X, headcount: 2, size: 4}, {name: Y, size: 1}, {name: Z, headcount: 1, size: 2}]\n",
            "c.yaml": "extends: t/base.yaml\norganisation: C\nrosters:\n  units: [{name: X, headcount: ba, size: 4}, {name: Y, headcount: 3}]\n",
            "d.yaml": "extends: t/base.yaml\norganisation: D\nrosters:\n  units: [{name: X, headcount: 5, size: 4}, {name: Y, headcount: 3, size: 1}, {name: Z, headcount: 9, size: 9}]\n",
            "e.yaml": "extends: t/base.yaml\norganisation: E\nrosters:\n  teams: [{name: X, headcount: 2}]\n",
            "f.yaml": "extends: t/base.yaml\norganisation: F\nrosters:\n  units: [{name: X, headcount: 2, size: 4}]\n",
        ])
        let (shared, alone) = Self.sharedAndAlone(["a", "b", "c", "d", "e", "f", "b", "a", "c"], in: folder) { target in
            "\(target.id) \(target.atLeast) \(target.members.map { "\($0)" } ?? "-")"
        }
        #expect(shared == alone)
        #expect(shared[0].count == 3 && shared[3].count == 3, "a and d load every target: \(shared[0]) \(shared[3])")
        #expect(shared[1].contains { $0.hasPrefix("error b.yaml") && $0.contains("\"Y\"") && $0.contains("headcount") }, "b: Y has no headcount: \(shared[1])")
        #expect(shared[2].contains { $0.hasPrefix("error c.yaml") && $0.contains("\"X\"") } && shared[2].contains { $0.contains("\"Y\"") && $0.contains("size") },
                "c: X's headcount is text, Y has no size: \(shared[2])")
        #expect(shared[5].contains { $0.contains("members: 2 is more than the 1 there are") }, "f has one unit: \(shared[5])")
    }

    /// A bound names an attribute when " of " is in it, found by its bytes.
    @Test func boundsNamingAnAttributeAreFoundByTheirBytes() {
        let cases = [("80% of headcount", true), ("of x", false), ("x of", false), (" of ", true), ("80%of headcount", false),
                     ("Tổ of Tổ", true), ("", false), ("a  of  b", true), ("80% of", false), ("80% off x", false), ("80% Of x", false)]
        for (text, expected) in cases { #expect(Modifiers.namesAnAttribute(text) == expected, "\(text)") }
    }

    /// Programmes that add activities of their own share a template's targets whose kinds they
    /// know, and own targets written alike; one lacking a kind a target names is told so, in
    /// whatever order the programmes come.
    @Test func targetsOfKnownKindsAreSharedWhateverActivitiesAProgrammeAdds() throws {
        let template = """
        programme: P
        period: 2024
        activities: [visit, talk]
        targets:
          - {id: visits, title: V, count: visit}
          - {id: talks, title: T, count: [visit, talk], at-least: 2}
        """
        let own = "targets:\n  - {id: own, title: O, count: sing}\n  - {id: answers, title: A, respond: {to: visit, with: [talk, sing], within: 7d}}\n"
        let folder = try Self.tree([
            "t/base.yaml": template,
            "a.yaml": "extends: t/base.yaml\norganisation: A\n" + own,
            "b.yaml": "extends: t/base.yaml\norganisation: B\nactivities: [sing]\n" + own,
            "c.yaml": "extends: t/base.yaml\norganisation: C\nactivities: [dance, sing]\n" + own,
            "d.yaml": "extends: t/base.yaml\norganisation: D\nactivities: [dance]\n" + own,
            "e.yaml": "extends: t/base.yaml\norganisation: E\nactivities: [dance]\n",
        ])
        // b first: what a programme knowing every kind kept must not reach d or a.
        let (shared, alone) = Self.sharedAndAlone(["b", "c", "a", "d", "e", "c", "a", "b", "d"], in: folder) { target in
            "\(target.id) \(target.measure.kinds) line \(target.line)"
        }
        #expect(shared == alone)
        #expect(shared[0].count == 4 && shared[1].count == 4 && shared[4].count == 2, "b and c know every kind, e has no own targets: \(shared[0]) \(shared[1])")
        #expect(shared[2].filter { $0.contains("a.yaml") && $0.contains("\"sing\"") }.count == 2, "a lacks sing: \(shared[2])")
        #expect(shared[3].filter { $0.contains("d.yaml") && $0.contains("\"sing\"") }.count == 2, "d lacks sing: \(shared[3])")
    }

    /// Targets written alike in several programmes are loaded once per context in a run (`TargetMemo`):
    /// each programme still gets its own line, its own diagnostics at its own file, and a title in
    /// another Unicode form (NFD) stays as that programme wrote it.
    @Test func ownTargetsWrittenAlikeAgreeWithEachProgrammeAlone() throws {
        let head = "programme: P\nperiod: 2024\nactivities: [visit]\n"
        let target = "  - {id: visits, title: Thăm hỏi, count: visit, each: units, members: 2, at-least: 1, by: 2024-06-30}\n"
        let warned = "  - {id: gifts, title: Quà, count: visit, at-least: 2, weight: 1}\n  - {id: gifts, title: Quà, count: visit}\n"
        let folder = try Self.tree([
            "a.yaml": head + "organisation: A\nrosters:\n  units: [X, Y]\ntargets:\n" + target,
            "b.yaml": head + "organisation: B\n# a comment moves the target down\nrosters:\n  units: [Y, X]\ntargets:\n" + target,
            "c.yaml": head + "organisation: C\nrosters:\n  units: [X]\ntargets:\n" + target,
            "d.yaml": head + "organisation: D\nrosters:\n  units: [X, Y]\ntargets:\n" + target.replacingOccurrences(of: "Thăm hỏi", with: "Tha\u{306}m hỏi"),
            "e.yaml": head + "organisation: E\nrosters:\n  units: [X, Y]\ntargets:\n" + warned,
            "f.yaml": head + "organisation: F\n\nrosters:\n  units: [X, Y]\ntargets:\n" + warned,
        ])
        let (shared, alone) = Self.sharedAndAlone(["a", "b", "c", "d", "e", "f", "a", "d", "b"], in: folder) { target in
            "\(target.id) \(Array(target.title.utf8)) line \(target.line) \(target.members.map { "\($0)" } ?? "-")"
        }
        #expect(shared == alone)
        #expect(shared[0].count == 1 && shared[0][0].hasSuffix("line 8 count(2)"))
        #expect(shared[1][0].hasSuffix("line 9 count(2)"), "the same target two lines down")
        #expect(shared[2].count == 1 && shared[2][0].contains("members: 2 is more than the 1 there are"))
        #expect(shared[3][0] != shared[0][0], "a title in NFD is kept as written")
        #expect(shared[4].last!.hasPrefix("error e.yaml:9:") && shared[5].last!.hasPrefix("error f.yaml:10:"), "each duplicate id at its own file")
    }

    @Test func aBrokenTemplateIsReportedOncePerRun() throws {
        let folder = try Self.tree([
            "t/bad.yaml": "programme: P\nperiod: 2024\ntargets:\n  - {id: a, title: A, count: meeting, at_least: 2}\n",
            "t/mid.yaml": "extends: bad.yaml\n",
            "x/p1.yaml": "extends: ../t/bad.yaml\norganisation: O1\n",
            "x/p2.yaml": "extends: ../t/bad.yaml\norganisation: O2\n",
            "x/y/deep.yaml": "extends: ../../t/mid.yaml\norganisation: Deep\n",
        ])
        let templates = TemplateCache()
        let loaded = ["x/p1.yaml", "x/p2.yaml", "x/y/deep.yaml"].map {
            LoadedProgramme.load(path: folder.appendingPathComponent($0).path, templates: templates)
        }
        #expect(loaded.allSatisfy { $0.programme == nil && $0.diagnostics.items.isEmpty })
        #expect(loaded.map { $0.blockedByTemplate.map { URL(fileURLWithPath: $0).lastPathComponent } } == ["bad.yaml", "bad.yaml", "mid.yaml"])
        let reported = templates.diagnostics.items.map { "\(URL(fileURLWithPath: $0.source!.path).lastPathComponent):\($0.start!.line):\($0.start!.column): \($0.message)" }
        #expect(reported == ["bad.yaml:4:39: unknown key \"at_least\" in a target"])
    }

    @Test func cyclesAndDepthAreErrors() throws {
        var files = ["t/c1.yaml": "extends: c2.yaml\n", "t/c2.yaml": "extends: c1.yaml\n",
                     "cycle.yaml": "extends: t/c1.yaml\norganisation: C\n",
                     "self.yaml": "extends: self.yaml\norganisation: S\n",
                     "deep.yaml": "extends: d/l1.yaml\norganisation: D\n"]
        for level in 1...9 { files["d/l\(level).yaml"] = level == 9 ? Self.template : "extends: l\(level + 1).yaml\n" }
        let folder = try Self.tree(files)
        let templates = TemplateCache()
        let cycle = LoadedProgramme.load(path: folder.appendingPathComponent("cycle.yaml").path, templates: templates)
        #expect(cycle.blockedByTemplate?.hasSuffix("t/c1.yaml") == true)
        let message = try #require(templates.diagnostics.items.first?.message)
        #expect(message.hasPrefix("templates extend each other in a cycle: ") && message.hasSuffix("t/c1.yaml"))
        let itself = LoadedProgramme.load(path: folder.appendingPathComponent("self.yaml").path)
        #expect(Self.errors(itself).first?.hasPrefix("self.yaml:1:10: templates extend each other in a cycle") == true)
        let deep = LoadedProgramme.load(path: folder.appendingPathComponent("deep.yaml").path)
        #expect(Self.errors(deep) == ["l8.yaml:1:10: templates extend one another more than 8 levels deep"])
    }

    @Test func overrideWithoutExtendsAndTemplateRecordsAreErrors() throws {
        let folder = try Self.tree([
            "t.yaml": "programme: P\nperiod: 2024\nrecords: [r.yaml]\ntargets: []\n",
            "p.yaml": "extends: t.yaml\norganisation: O\n",
            "plain.yaml": "programme: P\norganisation: O\nperiod: 2024\noverride: {a: {title: x}}\ntargets: []\n",
        ])
        let templates = TemplateCache()
        _ = LoadedProgramme.load(path: folder.appendingPathComponent("p.yaml").path, templates: templates)
        #expect(templates.diagnostics.items.map(\.message) == ["a template cannot have records: they belong to each organisation's own programme"])
        let plain = LoadedProgramme.load(path: folder.appendingPathComponent("plain.yaml").path)
        #expect(Self.errors(plain) == ["plain.yaml:4:1: override: changes the targets of a template, but this file extends none"])
    }
}
