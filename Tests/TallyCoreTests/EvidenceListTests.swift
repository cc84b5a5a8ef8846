import Foundation
import Testing
@testable import TallyCore

/// A value of evidence split into files on its bytes gives what the split by characters gives,
/// including a `|` joined to a combining mark after it or a prepended mark before it.
@Suite struct EvidenceListTests {
    static func byCharacters(_ text: String) -> [String] {
        text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func list(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { RecordBuilder.evidenceList(UnsafeRawBufferPointer($0)) }
    }

    @Test(arguments: ["bien-ban.pdf", " a.pdf | b.pdf ", "a||b", "|", " | ", "a|\u{301}b", "\u{600}|b", "ảnh 1.jpg|ảnh 2.jpg",
                      "a|\u{A0}b\u{A0}", "", "a|", "|a"])
    func agreesWithTheSplitByCharacters(text: String) {
        #expect(Self.list(text) == Self.byCharacters(text))
    }

    @Test func agreesOnRandomValues() {
        let pieces = ["a", "ả", "|", " ", "\u{301}", "\u{600}", "b.pdf", "\u{A0}", "||", "\u{200D}", "Đ"]
        var random = TestRandom(seed: 12_345)
        for _ in 0..<20_000 {
            let text = random.text(from: pieces, most: 6)
            #expect(Self.list(text) == Self.byCharacters(text), "\(text.debugDescription)")
        }
    }
}
