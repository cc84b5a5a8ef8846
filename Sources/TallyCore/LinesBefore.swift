import Foundation

/// The lines and characters (as libyaml counts them) before a byte offset of a file, or nil
/// when a line break other than LF (CR, NEL, LS, PS) is among them: libyaml counts those its own
/// way, so a file that has them is not split.
///
/// The second part of a split file waits for this count before it starts, so it is one pass over
/// the bytes in large chunks with loops the compiler can vectorise: no branch per byte, and the
/// rare multi-byte breaks looked for in the same pass (the last two bytes of each chunk are
/// carried to the front of the next, so a break across a chunk boundary is still seen whole).
struct LinesBefore {
    var lines = 0
    var characters = 0

    init?(_ path: String, end: Int, chunkSize: Int = 1 << 22) {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        let carry = 2
        var buffer = [UInt8](repeating: 0, count: chunkSize + carry)
        var left = end, carried = 0, continuation = 0, first = true
        while left > 0 {
            let count = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress! + carried, 1, min(chunkSize, left), file) }
            guard count > 0 else { return nil }
            let total = carried + count
            let (newlines, followers, otherBreak) = buffer.withUnsafeBufferPointer { Self.count(UnsafeBufferPointer(rebasing: $0[0..<total]), from: carried) }
            if otherBreak { return nil }
            if first && count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { characters -= 1 }
            first = false
            lines += newlines
            continuation += followers
            characters += count
            left -= count
            // The last bytes go to the front: a break that starts there is checked with the next chunk.
            carried = min(carry, total)
            for index in 0..<carried { buffer[index] = buffer[total - carried + index] }
        }
        characters -= continuation
    }

    /// The LFs and UTF-8 continuation bytes of `bytes` from `start` on, and whether a CR, NEL
    /// (C2 85), LS (E2 80 A8) or PS (E2 80 A9) starts anywhere in `bytes` (a multi-byte one only
    /// if it ends inside them).
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (newlines: Int, followers: Int, otherBreak: Bool) {
        guard let base = bytes.baseAddress else { return (0, 0, false) }
        var newlines = 0, followers = 0
        var found: UInt8 = 0
        // Byte-wide counters over blocks of at most 255 bytes, which the compiler vectorises.
        var blockStart = start
        while blockStart < bytes.count {
            let blockEnd = min(blockStart + 255, bytes.count)
            var blockNewlines: UInt8 = 0, blockFollowers: UInt8 = 0
            for byte in UnsafeBufferPointer(start: base + blockStart, count: blockEnd - blockStart) {
                blockNewlines &+= bit(byte == 0x0A)
                blockFollowers &+= bit(byte & 0xC0 == 0x80)
                found |= bit(byte == 0x0D)
            }
            newlines += Int(blockNewlines)
            followers += Int(blockFollowers)
            blockStart = blockEnd
        }
        if bytes.count >= 3 {
            for index in 0..<(bytes.count - 2) {
                let lead = base[index], second = base[index + 1], third = base[index + 2]
                found |= bit(lead == 0xC2) & bit(second == 0x85)
                found |= bit(lead == 0xE2) & bit(second == 0x80) & bit(third | 1 == 0xA9)
            }
        }
        if bytes.count >= 2 { found |= bit(bytes[bytes.count - 2] == 0xC2) & bit(bytes[bytes.count - 1] == 0x85) }
        return (newlines, followers, found != 0)
    }

    @inline(__always) private static func bit(_ condition: Bool) -> UInt8 { condition ? 1 : 0 }
}
