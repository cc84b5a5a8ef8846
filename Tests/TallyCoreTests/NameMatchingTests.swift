import Foundation
import Testing
@testable import TallyCore

/// Roster matching ignores case, folds white space and treats NFC and NFD as equal.
@Suite struct NameMatchingTests {
    let roster = Roster(name: "centres", members: [
        Roster.Member(name: "Trung tâm Bảo trợ xã hội tỉnh"),
        Roster.Member(id: "dvvl", name: "Trung tâm Dịch vụ việc làm", aliases: ["TTDVVL"]),
        Roster.Member(name: "Văn phòng Sở"),
    ])

    @Test func matchesByIdNameAndAlias() {
        #expect(roster.member(named: "dvvl") == 1)
        #expect(roster.member(named: "ttdvvl") == 1)
        #expect(roster.member(named: "TRUNG TÂM DỊCH VỤ VIỆC LÀM") == 1)
        #expect(roster.member(named: "  Văn   phòng\tSở ") == 2)
    }

    @Test func decomposedVietnameseMatchesPrecomposed() {
        let nfd = "Trung tâm Bảo trợ xã hội tỉnh".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars).count > Array("Trung tâm Bảo trợ xã hội tỉnh".unicodeScalars).count)
        #expect(roster.member(named: nfd) == 0)
    }

    /// NameKey lowers the letters of simple names itself: each one it shifts must be what the
    /// standard library gives, over every letter a simple name may hold.
    @Test func ownLowerCaseIsTheStandardOne() {
        var shifted = 0
        for value in Array(0x21...0x2FF) + Array(0x1E00...0x1EFF) + Array(0x2010...0x2027) {
            guard let scalar = Unicode.Scalar(UInt32(value)), let lower = NameKey.lowercase(UInt32(value)) else { continue }
            #expect(String(lower) == String(scalar).lowercased(), "U+\(String(value, radix: 16))")
            shifted += 1
        }
        #expect(shifted > 550)
        #expect(NameKey.of("CÔNG ĐOÀN TRƯỜNG ƠN ẤP") == "công đoàn trường ơn ấp")
        #expect(NameKey.of("İstanbul") == "İstanbul".lowercased())
    }

    /// Names with runs of spaces take the quick way once their spaces are folded: the same key as
    /// the long way, over random names of every kind of white space and character.
    @Test func foldedSpacesGiveTheLongKey() {
        let pieces = ["Tổ", " ", "  ", "Công", "ĐOÀN", "e\u{301}", "\t", "\u{A0}", "\u{3000}", "–", " \u{301}", "x", "İ", "ß", "\n", "Ơn"]
        var random = TestRandom(seed: 2032)
        for _ in 0..<5_000 {
            let name = random.text(from: pieces, most: 6)
            // Compared by bytes: keys are looked up by their bytes, and `==` would take NFD for NFC.
            #expect(Array(NameKey.computed(name).utf8) == Array(NameKey.longKey(name).utf8), "\(name.debugDescription)")
        }
        #expect(NameKey.foldedSpaces("Công  đoàn ") == "Công đoàn" && NameKey.foldedSpaces("Tổ 1") == nil)
    }

    /// Names with letters written decomposed (NFD) are composed and then keyed the quick way: the
    /// same key as the long way, over random names of decomposed Vietnamese letters, marks in
    /// another order, marks NFC replaces, marks that compose with nothing, and spaces.
    @Test func decomposedNamesGiveTheLongKey() {
        let pieces = ["To\u{302}\u{309}", "co\u{302}ng", "\u{110}OA\u{300}N", "O\u{31B}\u{301}", "a\u{323}\u{306}", "a\u{306}\u{323}",
                      "e\u{340}", "x\u{301}", "İ", " ", "  ", "–", "U\u{31B}", "\u{301}", "y\u{303}", "\t", "Tổ"]
        var random = TestRandom(seed: 2034)
        var quick = 0
        for _ in 0..<5_000 {
            let name = random.text(from: pieces, most: 5)
            // Compared by bytes: keys are looked up by their bytes, and `==` would take NFD for NFC.
            #expect(Array(NameKey.computed(name).utf8) == Array(NameKey.longKey(name).utf8), "\(name.debugDescription)")
            if NameKey.simpleKey(name) == nil, NameKey.simpleKey(name.precomposedStringWithCanonicalMapping) != nil { quick += 1 }
        }
        #expect(quick > 1_000, "the composed quick way was taken: \(quick)")
        #expect(Array(NameKey.of("Co\u{302}ng \u{110}oa\u{300}n").utf8) == Array("công đoàn".utf8))
    }

    /// The memo of keys answers by a name's bytes (an NFD spelling is another name), keeps no
    /// name longer than its limit, and starts again once full.
    @Test func theMemoOfKeysAnswersByBytesAndStartsAgainWhenFull() {
        let memo = NameKeyMemo()
        memo.keep("tổ một", for: "Tổ Một")
        memo.keep("é", for: "e\u{301}")
        #expect(memo.key(of: "Tổ Một") == "tổ một" && memo.key(of: "tổ một") == nil)
        #expect(memo.key(of: "e\u{301}") == "é" && memo.key(of: "é") == nil, "by bytes")
        let long = String(repeating: "x", count: NameKeyMemo.longestName + 1)
        memo.keep("x", for: long)
        #expect(memo.key(of: long) == nil)
        for number in 0..<NameKeyMemo.limit { memo.keep("k\(number)", for: "Name \(number)") }
        #expect(memo.key(of: "Tổ Một") == nil && memo.key(of: "Name 0") == nil, "full: started again")
        #expect(memo.key(of: "Name \(NameKeyMemo.limit - 1)") == "k\(NameKeyMemo.limit - 1)")
        memo.keep("again", for: "Name \(NameKeyMemo.limit - 1)")
        #expect(memo.key(of: "Name \(NameKeyMemo.limit - 1)") == "again", "kept anew")
    }

    @Test func suggestionsIgnoreDiacritics() {
        #expect(roster.suggestions(for: "Trung tam Bao tro") == ["Trung tâm Bảo trợ xã hội tỉnh"])
        #expect(roster.suggestions(for: "Van phong So") == ["Văn phòng Sở"])
        #expect(NameKey.unaccented("Đoàn Thanh niên") == "doan thanh nien")
    }

    @Test func didYouMeanForKeys() {
        let near = Suggestion.nearest(to: "at_least", in: ["at-least", "at-most", "each"])
        #expect(DiagnosticWords.didYouMean(near).text(in: .en) == "did you mean \"at-least\"?")
        #expect(DiagnosticWords.didYouMean(near).text(in: .vi) == "có phải là \"at-least\" không?")
        #expect(Suggestion.nearest(to: "zzzz", in: ["at-least"]).isEmpty)
    }

    /// A record field is taken for a misspelt known one (and warned about) only when it is one slip
    /// away, or two for long names: a clerk's own `ho-ten` (a person's name) is not `so-tien`.
    @Test func probableMisspellingsOfFieldNames() {
        let known = ["unit", "title", "evidence", "responds-to", "recorded", "so-tien", "so-nguoi", "date", "activity"]
        #expect(Suggestion.probableMisspelling(of: "respond-to", among: known) == "responds-to")
        #expect(Suggestion.probableMisspelling(of: "evidnece", among: known) == "evidence")
        #expect(Suggestion.probableMisspelling(of: "uint", among: known) == "unit")
        #expect(Suggestion.probableMisspelling(of: "so_tien", among: known) == "so-tien")
        #expect(Suggestion.probableMisspelling(of: "recordd", among: known) == "recorded")
        #expect(Suggestion.probableMisspelling(of: "responds_t", among: known) == "responds-to")
        #expect(Suggestion.probableMisspelling(of: "ho-ten", among: known) == nil)
        #expect(Suggestion.probableMisspelling(of: "so-nguo", among: known) == "so-nguoi")
        #expect(Suggestion.probableMisspelling(of: "ghi-chu", among: known) == nil)
        #expect(Suggestion.probableMisspelling(of: "unit", among: known) == nil)
        #expect(Suggestion.probableMisspelling(of: "lop", among: known) == nil)
    }

    /// The letter-by-letter fold gives what Foundation's decomposition gives, letter by letter and
    /// for whole names; names with other characters go the long way.
    @Test func unaccentedLettersAgreeWithTheLongWay() {
        var names = ["Đoàn Xuân", "Trường Mầm non Lục Ba số 2", "TỔ CÔNG ĐOÀN HÀNH CHÍNH – QUẢN TRỊ", "Nguyễn Thị Ánh Tuyết", "ǅemal Ǆ ǈ",
                     "Tổ Toa\u{301}n", "Ủy ban nhân dân xã Quy Kỳ", "Ōsaka Ŀŀ ŉ", "Công ty 株式会社", "한국", "plain ascii 123"]
        for range in UnaccentedLetters.ranges {
            for value in range { names.append("a" + String(Character(Unicode.Scalar(value)!)) + "b") }
        }
        for value in UInt32(0x1E00)...0x1EFF { names.append(String(Character(Unicode.Scalar(value)!))) }
        names += ["Phòng Tổ chức – Hành chính", "“Mái ấm” Công đoàn • 2024 ‰", "Tổ\u{A0}1 · số 2"]
        for name in names {
            #expect(NameKey.unaccented(name) == NameKey.decomposedUnaccented(NameKey.of(name)), "\(name)")
        }
        #expect(UnaccentedLetters.fold("Công ty 株式会社") == nil)
        #expect(UnaccentedLetters.fold("phòng tổ chức – hành chính") == "phong to chuc – hanh chinh", "a dash stays, the short way")
        #expect(NameKey.unaccented("Trường Mầm non Lục Ba") == "truong mam non luc ba")
    }

    /// Names lowercased letter by letter (the roll-up's sort key) are what the standard library makes of them.
    @Test func sortKeysLowercaseAsTheStandardLibraryDoes() {
        let names = ["CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT LỤC BA", "Tổ Toa\u{301}n", "Ủy ban – “Mái ấm”", "İstanbul ΣΊΣΥΦΟΣ", "ǅemal Ǆ", "ß ẞ Ꭰ", "plain ASCII 123", ""]
        for name in names {
            #expect(NameKey.lowercased(name) == name.lowercased(), "\(name)")
            #expect(NameKey.forSorting(name) == NameKey.unaccented(name.lowercased()), "\(name)")
        }
    }

    /// The distance that gives up past a limit agrees with the whole one up to that limit.
    @Test func theBoundedDistanceAgreesUpToItsLimit() {
        var random = SystemRandomNumberGenerator()
        let letters = Array("abcd-")
        for _ in 0..<2_000 {
            let a = (0..<Int.random(in: 0...9, using: &random)).map { _ in letters.randomElement(using: &random)! }
            let b = (0..<Int.random(in: 0...9, using: &random)).map { _ in letters.randomElement(using: &random)! }
            let whole = Suggestion.transpositionDistance(a, b), bounded = Suggestion.transpositionDistance(a, b, giveUpPast: 2)
            #expect(min(whole, 3) == min(bounded, 3), "\(String(a)) \(String(b))")
        }
        #expect(Suggestion.transpositionDistance(Array("ab"), Array("ba")) == 1)
    }

    /// Plain ASCII names are compared byte by byte: the answer is the one comparing characters gives.
    @Test func misspellingsOfPlainNamesAsOfCharacters() {
        var random = SystemRandomNumberGenerator()
        let letters = Array("abcd-")
        func name() -> String {
            var text = String((0..<Int.random(in: 0...10, using: &random)).map { _ in letters.randomElement(using: &random)! })
            if Int.random(in: 0..<6, using: &random) == 0 { text += ["é", "\r\n", "e\u{301}"].randomElement(using: &random)! }
            return text
        }
        func slips(_ a: String, _ b: String) -> Int? {
            let (x, y) = (Array(a), Array(b))
            guard x != y, abs(x.count - y.count) <= 2 else { return nil }
            let distance = Suggestion.transpositionDistance(x, y)
            return distance == 1 || (distance == 2 && min(x.count, y.count) >= 8) ? distance : nil
        }
        for _ in 0..<1_000 {
            let known = (0..<Int.random(in: 1...12, using: &random)).map { _ in name() }, field = name()
            var expected: (String, Int)?
            for candidate in known { if let found = slips(field, candidate), found < (expected?.1 ?? 3) { expected = (candidate, found) } }
            #expect(Suggestion.probableMisspelling(of: field, among: known) == expected?.0, "\(field) among \(known)")
        }
    }
}
