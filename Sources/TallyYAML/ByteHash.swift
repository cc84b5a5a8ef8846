/// A fast non-cryptographic hash of bytes that reads eight at a time, seeded once per process, so
/// that a file cannot be written to make many values fall in the same slots of a table (one that
/// would then fill in quadratic time). Ids and orders never depend on it.
public enum ByteHash {
    /// Chosen at random once per process.
    public static let seed = UInt64.random(in: .min ... .max)

    @inline(__always)
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            index += 8
        }
        // The last bytes in at most three loads: the last eight (overlapping some already mixed; the
        // length is mixed in first) when there are eight, else four, two and one of them.
        var tail: UInt64 = 0
        if index < bytes.count {
            if bytes.count >= 8 {
                tail = bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
            } else {
                if bytes.count - index >= 4 {
                    tail = UInt64(bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                    index += 4
                }
                if bytes.count - index >= 2 {
                    tail |= UInt64(bytes.loadUnaligned(fromByteOffset: index, as: UInt16.self)) << UInt64(index * 8)
                    index += 2
                }
                if index < bytes.count { tail |= UInt64(bytes[index]) << UInt64(index * 8) }
            }
        }
        // A full finaliser (MurmurHash3's): tables take the low bits, and the last bytes of an id
        // ("DX-000123") sit in the high bits of the tail.
        hash ^= tail
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }

    /// `hash` with `value` mixed in: for hashing a structure part by part.
    @inline(__always)
    public static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        let mixed = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }
}
