/// A fast hash of bytes for an open-addressing table that guards itself: about ten times cheaper
/// than `ByteHash` on the short texts records repeat (kinds, units, field names), but with no key,
/// so a file could be written whose texts collide. A table using it must count how far each
/// lookup probes and, past `longestProbe`, hash everything again with `ByteHash` for good
/// (`ByteInterner` does): a flood then costs at most `longestProbe` steps per text before the switch.
public struct QuickHash: Sendable {
    /// A probe this long does not happen by chance at the load tables keep (at most one half full);
    /// past it the table assumes a flood and switches to `ByteHash`.
    public static let longestProbe = 96

    /// Bits kept of each hash: all of them, except in tests that make every text collide.
    public let mask: UInt64

    public init(mask: UInt64 = ~0) { self.mask = mask }

    @inline(__always)
    public func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
        let count = bytes.count
        if count >= 8 {
            var offset = 0
            while offset + 8 <= count {
                hash = Self.round(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            // The last eight bytes again, overlapping: with the length mixed in, no byte is left out.
            if offset < count { hash = Self.round(hash, bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
        } else if count >= 4 {
            let low = UInt64(bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            hash = Self.round(hash, low | high << 32)
        } else if count > 0 {
            let word = UInt64(bytes[0]) | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1]) << 16
            hash = Self.round(hash, word)
        }
        return Self.finish(hash) & mask
    }

    @inline(__always)
    private static func round(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return (mixed << 31 | mixed >> 33) &* 0xC4CE_B9FE_1A85_EC53
    }

    /// MurmurHash3's last step: every input bit reaches every bit of the result, the low bits
    /// (a table's slot) included.
    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
