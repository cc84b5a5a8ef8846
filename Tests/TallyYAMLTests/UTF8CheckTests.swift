import Testing
@testable import TallyYAML

/// The check that refuses a file that is not UTF-8 finds its first bad byte: where the longest
/// prefix the standard library accepts as UTF-8 ends (eight ASCII bytes at a time is only a way
/// past them), and nothing exactly when the standard library accepts the whole.
@Suite struct UTF8CheckTests {
    /// The length of the longest prefix of `bytes` that is UTF-8 (a prefix cut inside a character is not).
    static func validPrefix(_ bytes: [UInt8]) -> Int {
        (0...bytes.count).last { String(validating: bytes[..<$0], as: UTF8.self) != nil }!
    }

    @Test func findsTheSameFirstBadByte() {
        let pieces: [[UInt8]] = [Array("date,activity".utf8), Array("a".utf8), Array("Đoàn ổ".utf8), Array("😀".utf8), Array("12345678901234567".utf8),
                                 [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5], [0x80], [0xE1, 0xBB], [0xF0, 0x90, 0x80], [0xFF], [0x00], [0xC2]]
        var random = SplitMix(seed: 2029)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + Int(random.next() % 12)) {
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                bytes += random.next() % 4 == 0 ? piece : Array(piece.filter { $0 < 0x80 }) + Array(repeating: 0x41, count: Int(random.next() % 9))
            }
            let found = UTF8Check.firstInvalidByte(bytes)
            #expect((found ?? bytes.count) == Self.validPrefix(bytes), "\(bytes)")
            #expect((found == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
