import Testing
@testable import TallyYAML

/// `CharacterCount.of` says what `String.count` says, on texts mixing the characters it counts
/// alone with those that join others (combining marks, CR LF, joiners, emoji, Hangul).
@Suite struct CharacterCountTests {
    static let pieces = ["a", "Z", " ", "~", "\u{A0}", "é", "Ư", "ʼ", "ệ", "Ổ", "–", "—", "“", "”", "…", "‰", "⁞",
                         "\u{301}", "\u{323}", "\u{34F}", "\r", "\n", "\r\n", "\t", "\u{85}", "\u{200D}", "\u{200B}", "\u{2028}",
                         "\u{FE0F}", "👍", "🏽", "🇻", "🇳", "각", "\u{1100}", "\u{1161}", "e\u{301}", "\u{AD}", "\u{7F}", "\u{2060}"]

    @Test func agreesWithStringCount() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(CharacterCount.of(text) == text.count, "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test func countsVietnameseWithoutTheGraphemeRules() {
        let text = "Công đoàn cơ sở Trường Mầm non Động Đạt – cơ sở 2"
        #expect(Array(text.utf8).withUnsafeBufferPointer { CharacterCount.simple($0) } == text.count)
        // Decomposed (NFD) marks join their letters: counted the long way, still right.
        let decomposed = "Cô\u{302}ng"
        #expect(Array(decomposed.utf8).withUnsafeBufferPointer { CharacterCount.simple($0) } == nil)
        #expect(CharacterCount.of(decomposed) == 4)
    }
}
