/// A hash of bytes for tables keyed by text read from files (interned names and values, answer
/// ids, target keys): the standard library's `Hasher`, SipHash with a key chosen at random for
/// each process. A file cannot be written to make many of its values share slots, whatever the
/// seed: a hash of our own, seeded or not, let shapes of text collide on every run (a table then
/// fills in quadratic time). Ids and orders never depend on it.
public enum ByteHash {
    @inline(__always)
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// `hash` with `value` mixed in: for a digest of a structure made of `of`'s hashes part by part.
    @inline(__always)
    public static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        let mixed = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }
}
