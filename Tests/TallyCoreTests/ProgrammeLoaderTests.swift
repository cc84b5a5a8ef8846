import Foundation
import Testing
@testable import TallyCore

/// Loading programmes: every key, and every error with its line and column, all in one run.
@Suite struct ProgrammeLoaderTests {
    @Test func unknownKeysSuggestTheKnownOne() throws {
        let fixture = try Fixture(programme: Fixture.programme("""
          - id: a
            title: A
            count: meeting
            at_least: 2
        """), records: ["records.yaml": "[]"])
        #expect(fixture.errors() == ["10:5: unknown key \"at_least\" in a target"])
        let fix = fixture.load().diagnostics.items.first?.fix
        #expect(fix == "did you mean \"at-least\"?")
    }

    @Test func everyErrorOfARunIsReported() throws {
        let fixture = try Fixture(programme: """
        programme: Test
        organisation: Org
        period: 2024-13
        langauge: vi
        targets:
          - id: Bad Id
            title: A
            count: x
            share: y
          - id: b
            title: B
            sum: amount
            of: gift
          - id: c
            title: C
            share: bloc
            that: attended and
            at-least: 90
        """)
        #expect(fixture.errors() == [
            "4:1: unknown key \"langauge\" in the programme",
            "3:9: period must be a period, not \"2024-13\"",
            "6:9: target id \"Bad Id\" may only use a-z, 0-9 and -",
            "9:5: target \"Bad Id\" has more than one measure (count, share)",
            "12:5: target \"b\" sums a field, so it needs at-least: (or at-most:)",
            "17:23: in that: expected a field name or a value, found the end of the condition",
            "18:15: share is a percentage, so at-least must be one, not \"90\"",
        ])
    }

    @Test func rosterAttributesAndThresholdsOfAttributes() throws {
        let fixture = try Fixture(programme: Fixture.programme("""
          - {id: a, title: A, count: training, each: unions, at-least: 30% of headcount}
        """, extra: """
        rosters:
          unions:
            - {name: U1, headcount: 40}
            - {name: U2}
        """), records: ["records.yaml": "[]"])
        #expect(fixture.errors() == ["10:64: member \"U2\" of roster \"unions\" has no number \"headcount\""])
    }

    @Test func activitiesVocabularyIsEnforced() throws {
        let fixture = try Fixture(programme: Fixture.programme("""
          - {id: a, title: A, count: conferance}
        """, extra: "activities: {conference: Hội nghị}"), records: ["records.yaml": "- {date: 2024-01-02, activity: meting}\n"])
        #expect(fixture.errors() == ["7:30: \"conferance\" is not one of the programme's activities",
                                     "1:32: \"meting\" is not one of the programme's activities"], "the records are checked too")
        #expect(fixture.load().diagnostics.items.first?.fix == "did you mean \"conference\"?")
    }

    @Test func modifiersThatDoNotFitAreErrors() throws {
        let fixture = try Fixture(programme: Fixture.programme("""
          - {id: a, title: A, share: bloc, that: attended, each: unions}
          - {id: b, title: B, count: x, during: 2024-Q1, by: 2024-03-01}
          - {id: c, title: C, count: x, members: 2}
          - {id: d, title: D, count: x, every: fortnight}
          - {id: e, title: E, count: x, at-most: 0, milestones: [{by: 2024-06-30, at-least: 1}]}
          - {id: f, title: F, count: x, milestones: [{by: 2025-01-01, at-least: 1}]}
          - {id: g, title: G, count: x, at-least: 50%}
        """, extra: "rosters: {unions: [U1, U2]}"), records: ["records.yaml": "[]"])
        #expect(fixture.errors() == [
            "7:58: each: works with count: and sum: only",
            "8:50: target \"b\" has both during: and by:",
            "9:33: members: does not apply here: it goes with each: only",
            "10:40: every must be week, month, quarter or half, not \"fortnight\"",
            "11:57: milestones: need at-least:, not at-most:",
            "12:51: the milestone 2025-01-01 is outside the target's window 2024-01-01..2024-12-31",
            "13:43: at-least: 50% is a percentage, but count: counts records",
        ])
    }

    @Test func exemptionsNeedAKnownTargetAndMember() throws {
        let fixture = try Fixture(programme: Fixture.programme("""
          - {id: conferences, title: A, count: conference, each: centres}
        """, extra: """
        rosters: {centres: [Trung tâm Bảo trợ xã hội tỉnh]}
        exemptions:
          - {target: conference, reason: R, approved-by: B}
          - {target: conferences, member: Trung tam Bao tro, reason: R, approved-by: B}
          - {target: conferences, reason: R}
        """), records: ["records.yaml": "[]"])
        #expect(fixture.errors() == [
            "7:14: no target has the id \"conference\"",
            "8:35: \"Trung tam Bao tro\" is not a member of roster \"centres\"",
            "9:5: an exemption needs \"approved-by\"",
        ])
        let fixes = fixture.load().diagnostics.items.map(\.fix)
        #expect(fixes[0] == "did you mean \"conferences\"?")
        #expect(fixes[1] == "did you mean \"Trung tâm Bảo trợ xã hội tỉnh\"?")
    }

    @Test func oneSpellingCannotNameTwoMembers() throws {
        let fixture = try Fixture(programme: Fixture.programme("""
          - {id: a, title: A, count: x}
        """, extra: "rosters: {centres: [Văn phòng, {id: vp, name: Văn phòng Sở, aliases: [VP, văn  PHÒNG]}]}"), records: ["records.yaml": "[]"])
        #expect(fixture.errors() == ["5:32: \"văn  PHÒNG\" names two members of roster \"centres\""])
    }

    @Test func aFullProgrammeLoads() throws {
        let path = "\(FileManager.default.currentDirectoryPath)/programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml"
        var loader = ProgrammeLoader()
        let loaded = loader.load(path: path)
        let programme = try #require(loaded)
        #expect(programme.language == .vi)
        #expect(programme.rosters["centres"]?.members.count == 9)
        #expect(programme.targets.count == 12)
        #expect(programme.rating.count == 4)
        #expect(programme.period.description == "2024-01-01..2024-12-31")
    }
}
