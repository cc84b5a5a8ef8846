import Testing
@testable import TallyCore

/// What a by-target row decides in Core: whether it fails the run, and its title.
@Suite struct TargetTallyTests {
    static func tally(_ counts: [Status: Int]) -> TargetTally {
        TargetTally(id: "t", title: "T", programmes: counts.values.reduce(0, +), counts: counts)
    }

    @Test func failsWhenMissedSomewhereOrBehindUnderStrict() {
        #expect(Self.tally([.met: 3, .missed: 1]).fails(strict: false))
        #expect(!Self.tally([.met: 3, .behind: 2, .missed: 0]).fails(strict: false))
        #expect(Self.tally([.met: 3, .behind: 2]).fails(strict: true))
        #expect(!Self.tally([.met: 1, .onTrack: 1, .exempt: 1, .upcoming: 1]).fails(strict: true))
    }

    @Test func theTemplatesTitleWinsElseTheMostCommonElseTheFirstInOrder() {
        func winner(_ targets: [(String, String?)]) -> String? {
            var votes = TitleVotes()
            for (title, template) in targets { votes.count(title: title, templateTitle: template) }
            return votes.winner
        }
        #expect(winner([("9/9", "100%"), ("100%", "100%")]) == "100%")
        #expect(winner([("9/9", "100%")]) == "100%", "a lone override still shows the template's title")
        #expect(winner([("B", nil), ("A", nil), ("B", nil)]) == "B")
        #expect(winner([("B", nil), ("A", nil)]) == "A")
        #expect(winner([]) == nil)
        var weighed = TitleVotes()
        weighed.count(title: "A", templateTitle: nil, times: 2)
        weighed.count(title: "B", templateTitle: nil, times: 3)
        #expect(weighed.winner == "B", "a target list shared by three programmes counts three times")
        // Runs of one title (counted together before they reach the tables) and titles between them.
        #expect(winner([("B", nil), ("B", nil), ("A", nil), ("A", nil), ("A", nil), ("B", nil)]) == "A")
        #expect(winner([("B", nil), ("A", "T"), ("B", nil), ("B", nil)]) == "T", "a template's title between own ones")
        #expect(winner([("Tổ", nil), ("To\u{302}\u{309}", nil), ("Ta", nil)]) == "Tổ", "NFC and NFD are one title")
    }
}
