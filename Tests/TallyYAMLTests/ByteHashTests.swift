import Foundation
import Testing
@testable import TallyYAML

/// The byte hash reads every byte: changing any one byte of a text of any length changes it.
@Suite struct ByteHashTests {
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { ByteHash.of($0) } }

    @Test func everyByteOfEveryLengthCounts() {
        for length in 0...40 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let hash = Self.hash(base)
            #expect(Self.hash(base) == hash, "the same bytes, the same hash")
            for position in 0..<length {
                var changed = base
                changed[position] ^= 0x01
                #expect(Self.hash(changed) != hash, "length \(length), byte \(position)")
            }
            #expect(Self.hash(base + [0]) != hash, "a zero byte more, length \(length)")
        }
    }

    /// Ids that differ in their last characters (as a clerk numbers them) spread over a table's low
    /// bits: 100,000 of them fill about as many of 65,536 slots as random values would (50,000).
    @Test(arguments: ["DX-%06d", "%d", "de-xuat-so-%07d", "T%04d"])
    func numberedIdsSpreadOverTheLowBits(_ format: String) {
        var slots = Set<UInt64>()
        for number in 0..<100_000 {
            slots.insert(Self.hash(Array(String(format: format, number).utf8)) & 0xFFFF)
        }
        #expect(slots.count > 45_000, "\(format): \(slots.count) slots")
    }

    @Test func shortTextsSpreadOverTheTable() {
        // Every text of one or two letters and digits: no two share a hash.
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789-".utf8)
        var texts = letters.map { [$0] }
        for a in letters { for b in letters { texts.append([a, b]) } }
        #expect(Set(texts.map(Self.hash)).count == texts.count)
    }
}

/// The quick hash of the interner's table reads every byte and spreads numbered ids over the low bits.
@Suite struct QuickHashTests {
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { QuickHash().of($0) } }

    @Test func everyByteOfEveryLengthCounts() {
        for length in 0...40 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let hash = Self.hash(base)
            for position in 0..<length {
                var changed = base
                changed[position] ^= 0x01
                #expect(Self.hash(changed) != hash, "length \(length), byte \(position)")
            }
            #expect(Self.hash(base + [0]) != hash, "a zero byte more, length \(length)")
        }
    }

    @Test(arguments: ["DX-%06d", "%d", "de-xuat-so-%07d", "T%04d", "Tổ %d"])
    func numberedIdsSpreadOverTheLowBits(_ format: String) {
        var slots = Set<UInt64>()
        for number in 0..<100_000 {
            slots.insert(Self.hash(Array(String(format: format, number).utf8)) & 0xFFFF)
        }
        #expect(slots.count > 45_000, "\(format): \(slots.count) slots")
    }
}
