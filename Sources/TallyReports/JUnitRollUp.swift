import TallyCore

/// The roll-up as a JUnit test suite: one test case per target id, failing when some organisation
/// missed it (or, with `--strict`, is behind on it); its message names them ("and N more" after 20).
struct JUnitRollUp {
    let summary: RollUpSummary
    let phrases: Phrases
    let strict: Bool
    let xml: (String) -> String

    var tests: Int { summary.byTarget.count }

    var failures: Int { summary.byTarget.filter { $0.fails(strict: strict) }.count }

    func render() -> String {
        let words = phrases.words, rollUpWords = RollUpWords(words.language)
        let names = RollUp(summary: summary, phrases: phrases)
        var out = "  <testsuite name=\"\(xml(rollUpWords.byTarget))\" tests=\"\(tests)\" failures=\"\(failures)\" skipped=\"0\">\n"
        for tally in summary.byTarget {
            out += "    <testcase classname=\"roll-up\" name=\"\(xml(tally.id)): \(xml(tally.title))\">\n"
            let counts = Status.allCases.filter { (tally.counts[$0] ?? 0) > 0 }.map { "\(words.status($0)): \(tally.counts[$0] ?? 0)" }
            let line = "\(rollUpWords.programmes): \(tally.programmes) · " + counts.joined(separator: " · ")
            if tally.fails(strict: strict) {
                var body = line
                if !tally.missed.isEmpty { body += "\n\(rollUpWords.missedBy): " + names.names(tally.missed) }
                if !tally.behind.isEmpty { body += "\n\(rollUpWords.behindBy): " + names.names(tally.behind) }
                out += "      <failure type=\"\(tally.missed.isEmpty ? "behind" : "missed")\" message=\"\(xml(line))\">\(xml(body))</failure>\n"
            } else {
                out += "      <system-out>\(xml(line))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        return out + "  </testsuite>\n"
    }
}
