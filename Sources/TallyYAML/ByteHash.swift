/// A hash of bytes for tables keyed by text read from files (answer ids; interned names and
/// values once a table has seen a flood, see `QuickHash`): the standard library's `Hasher`,
/// SipHash with a key chosen at random for each process. A file cannot be written to make many of
/// its values share slots, whatever the seed: a hash of our own alone, seeded or not, let shapes
/// of text collide on every run (a table then fills in quadratic time). Ids and orders never depend on it.
public enum ByteHash {
    @inline(__always)
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
