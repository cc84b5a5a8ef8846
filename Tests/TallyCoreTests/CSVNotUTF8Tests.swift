import Testing
@testable import TallyCore
@testable import TallyYAML

/// A CSV records file that is not UTF-8 gets one error, at the first byte `UTF8Check` finds, and
/// nothing else: no records, ids or other diagnostics, though the reader (whose parser checks UTF-8
/// as it reads) may have read rows with errors, a header that failed, or a syntax error first.
@Suite struct CSVNotUTF8Tests {
    static let headers = ["date,activity,amount,title", "date;activity;amount;title", "date,activity,amount,amount", "date,activity,,title",
                          "date,actvity,amount,title", "date,activity,amount,title,"]
    static let cells = ["2024-03-05", "2024-02-30", "meeting", "gift", "metting", "1000", "1.000.000", "abc", "", "Hội nghị",
                        "\"Trao tiền, mức 500.000 đồng\"", "\"nói \"\"chào\"\"\"", "\"dòng một\ndòng hai\"", "a\tb", "e\u{301}"]
    static let broken: [[UInt8]] = [[0xFF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80]]

    @Test func oneErrorAtTheFirstBadByte() throws {
        let fixture = try Fixture(programme: Fixture.programme("  - {id: gifts, title: G, sum: amount, of: gift, at-least: 1}", extra: "activities: [meeting, gift]"))
        let programme = try #require(fixture.load().programme)
        let rules = RecordRules(programme: programme)
        var random = TestRandom(seed: 2033)
        var checked = 0
        for _ in 0..<3_000 {
            var text = Self.headers[random.next(Self.headers.count)]
            for _ in 0..<random.next(8) {
                text += "\n" + (0..<(2 + random.next(4))).map { _ in Self.cells[random.next(Self.cells.count)] }.joined(separator: text.contains(";") ? ";" : ",")
            }
            var bytes = Array(text.utf8)
            if random.next(2) == 0 { bytes.insert(contentsOf: Self.broken[random.next(Self.broken.count)], at: random.next(bytes.count + 1)) }
            if random.next(5) == 0 { bytes.insert(UInt8(ascii: "\""), at: random.next(bytes.count + 1)) }
            let source = SourceFile(path: "records.csv", bytes: bytes)
            let builder = RecordLoader.read(source, rules: rules)
            let codes = builder.diagnostics.items.map(\.code)
            guard let bad = UTF8Check.firstInvalidByte(bytes) else {
                #expect(!codes.contains(.notUTF8), "\(bytes)")
                continue
            }
            checked += 1
            #expect(codes == [.notUTF8], "\(bytes)")
            #expect(builder.diagnostics.items.first?.start == source.position(ofByte: bad), "\(bytes)")
            #expect(builder.records.count == 0 && builder.ids.isEmpty && builder.references.isEmpty, "\(bytes)")
        }
        #expect(checked > 1_000)
    }
}
