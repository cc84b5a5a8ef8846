import Testing
@testable import TallyYAML

/// The check that refuses a file that is not UTF-8 finds the same first bad byte as a plain
/// byte-at-a-time reading (eight ASCII bytes at a time is only a way past them), and says "valid"
/// exactly when the standard library does.
@Suite struct UTF8CheckTests {
    /// One byte at a time, as the check read before.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index], length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
            if length == 3 && ((byte == 0xE0 && bytes[index + 1] < 0xA0) || (byte == 0xED && bytes[index + 1] > 0x9F)) { return index }
            if length == 4 && ((byte == 0xF0 && bytes[index + 1] < 0x90) || (byte == 0xF4 && bytes[index + 1] > 0x8F)) { return index }
            index += length
        }
        return nil
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
            #expect(found == Self.reference(bytes), "\(bytes)")
            #expect((found == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
