import Testing
@testable import TallyCore

/// Reminders' lines put in order on disk: by section, then day, then the order they came in,
/// whether they stay in memory or spill into many runs.
@Suite struct KeyedTextSortTests {
    @Test(arguments: [3, 4_096])
    func linesComeBackBySectionDayAndArrival(runLength: Int) {
        let sort = KeyedTextSort(runLength: runLength)
        var expected: [KeyedText] = []
        for index in 0..<500 {
            let text = KeyedText(section: index % 7 == 0 ? 0 : 1, day: index % 7 == 0 ? 0 : 20_000 + (index * 37) % 11, sequence: sort.count,
                                 texts: ["dòng \(index)\n", "line \(index)\n"])
            sort.add(text)
            expected.append(text)
        }
        expected.sort { ($0.section, $0.day, $0.sequence) < ($1.section, $1.day, $1.sequence) }
        let sorted = sort.finish()
        #expect(sorted.count == 500)
        #expect(sorted.map(\.texts) == expected.map(\.texts))
        #expect(sorted.map(\.sequence) == expected.map(\.sequence))
        // Read a second time, the same.
        #expect(sorted.map(\.texts) == expected.map(\.texts))
    }
}
