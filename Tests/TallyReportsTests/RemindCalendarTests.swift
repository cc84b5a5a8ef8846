import Testing
@testable import TallyReports

/// ICS text escaping and line folding.
@Suite struct RemindCalendarTests {
    @Test func escapesTextValues() {
        #expect(RemindCalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test func foldsAt75OctetsWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "Hội nghị ", count: 20)
        let folded = RemindCalendar.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test func uidsAreStable() {
        #expect(RemindCalendar.uid("a|b") == RemindCalendar.uid("a|b"))
        #expect(RemindCalendar.uid("a|b") != RemindCalendar.uid("a|c"))
    }
}
