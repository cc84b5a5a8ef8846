import Foundation
import Testing
import TallyYAML
@testable import TallyCore

/// The interner gives each distinct text one dense id in the order texts come, whichever hash its
/// table uses, and a flood of colliding texts switches it to the keyed hash instead of making it quadratic.
@Suite struct ByteInternerTests {
    static func intern(_ text: String, into interner: inout ByteInterner) -> Interned {
        interner.intern(text)
    }

    static func texts(_ count: Int) -> [String] {
        (0..<count).map { number in
            switch number % 4 {
            case 0: String(format: "DX-%06d", number)
            case 1: "Tổ công đoàn số \(number)"
            case 2: String(number)
            default: String(repeating: "x", count: number % 70) + "\(number)"
            }
        }
    }

    /// A table by interned id counts the ids that have a value, as values are set, replaced and removed.
    @Test func internedTableCountsItsValues() {
        var table = InternedTable<Int>()
        #expect(table.isEmpty && table[Interned(raw: 5)] == nil)
        table[Interned(raw: 5)] = 1
        table[Interned(raw: 2)] = 2
        table[Interned(raw: 5)] = 3
        #expect(table.count == 2 && table[Interned(raw: 5)] == 3 && table[Interned(raw: 0)] == nil)
        table[Interned(raw: 2)] = nil
        table[Interned(raw: 9)] = nil
        #expect(table.count == 1 && !table.isEmpty)
        table[Interned(raw: 5)] = nil
        #expect(table.isEmpty)
    }

    @Test func idsAreDenseAndInOrderOfFirstSight() {
        var interner = ByteInterner()
        let texts = Self.texts(100_000)
        for (position, text) in texts.enumerated() { #expect(interner.intern(text).index == position) }
        for (position, text) in texts.enumerated().reversed() { #expect(interner.intern(text).index == position) }
        #expect(interner.count == texts.count)
        #expect(interner[Interned(raw: 77_777)] == texts[77_777])
        #expect(!interner.isKeyed, "texts as files have them never probe far enough to switch")
    }

    @Test func emptyAndOneByteTextsAreDistinct() {
        var interner = ByteInterner()
        let texts = [""] + (0..<256).map { String(decoding: [UInt8($0)], as: UTF8.self) } + ["\u{0}\u{0}", "\u{0}"]
        var ids: [Int] = []
        for text in texts { ids.append(interner.intern(text).index) }
        #expect(ids.last == ids[1], "a NUL byte is the same text as before")
        #expect(Set(ids).count == interner.count)
    }

    /// Every quick hash the same: after at most `QuickHash.longestProbe` texts share a run the table
    /// hashes with `ByteHash`, and every id stays what it was.
    @Test func aFloodOfCollidingTextsSwitchesToTheKeyedHash() {
        var interner = ByteInterner(quick: QuickHash(mask: 0))
        let texts = Self.texts(20_000)
        for (position, text) in texts.enumerated() {
            #expect(interner.intern(text).index == position)
            if position == QuickHash.longestProbe / 2 { #expect(!interner.isKeyed, "a short run does not switch") }
        }
        #expect(interner.isKeyed)
        for (position, text) in texts.enumerated() { #expect(interner.intern(text).index == position) }
        #expect(interner.count == texts.count)
    }

    /// `find` gives the id of a text interned before and nil for any other, adding nothing, with
    /// the quick hash, with every text colliding (a flood found by a lookup switches the table too),
    /// and after the switch.
    @Test func findingATextAddsNothing() {
        for quick in [QuickHash(), QuickHash(mask: 0)] {
            var interner = ByteInterner(quick: quick)
            let texts = Self.texts(3_000), absent = texts.map { $0 + "?" }
            for text in texts.prefix(1_500) { _ = interner.intern(text) }
            for (position, text) in texts.enumerated() {
                var copy = text
                let found = copy.withUTF8 { interner.find(UnsafeRawBufferPointer($0)) }
                #expect(found == (position < 1_500 ? Interned(raw: Int32(position)) : nil), "\(text)")
            }
            for text in absent {
                var copy = text
                #expect(copy.withUTF8 { interner.find(UnsafeRawBufferPointer($0)) } == nil)
            }
            #expect(interner.count == 1_500)
            #expect(interner.isKeyed == (quick.mask == 0))
        }
    }

    /// Texts colliding only in a table's low bits make runs too: they switch it the same way.
    @Test func textsSharingSlotsSwitchToTheKeyedHash() {
        var interner = ByteInterner(quick: QuickHash(mask: ~0 << 20))
        let texts = Self.texts(5_000)
        for (position, text) in texts.enumerated() { #expect(interner.intern(text).index == position) }
        #expect(interner.isKeyed)
        #expect(texts.enumerated().allSatisfy { interner.intern($0.element).index == $0.offset })
    }
}
