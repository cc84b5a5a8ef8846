import Foundation
import TallyYAML

/// The dense number a `ByteInterner` gave a byte string: its position in `strings`.
struct Interned: Hashable, Sendable {
    let raw: Int32
    var index: Int { Int(raw) }
}

/// Maps byte strings to dense ids without creating a `String` for values already seen.
///
/// Records repeat the same few kinds, units and field names millions of times; hashing their
/// UTF-8 bytes is far cheaper than hashing Unicode-normalised strings. The table starts with
/// `QuickHash` and switches to `ByteHash` (SipHash with a key per process) for good as soon as a
/// lookup probes further than `QuickHash.longestProbe`: texts written to collide cost at most that
/// many steps each before the switch, and none after it.
struct ByteInterner: Sendable {
    /// The open-addressing table: the position of a string in `strings`, or -1 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []
    private var storage: [UInt8] = []
    /// The string of each id, created once (none when made without `keepingStrings`).
    private(set) var strings: [String] = []
    private let keepsStrings: Bool
    private let quick: QuickHash
    /// Whether the table hashes with `ByteHash`: after a lookup probed too far.
    private(set) var isKeyed = false

    /// The string interned as `id`.
    subscript(id: Interned) -> String { strings[id.index] }

    /// With `keepingStrings` false, only the bytes are kept (a set of many unique texts).
    /// `quick` is the hash used until a lookup probes too far (tests give one that collides).
    init(capacity: Int = 64, keepingStrings: Bool = true, quick: QuickHash = QuickHash()) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        keepsStrings = keepingStrings
        self.quick = quick
    }

    var count: Int { offsets.count }

    /// The id of `bytes`, adding them when new.
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Interned {
        let hash = isKeyed ? Self.hash(bytes) : quick.of(bytes)
        guard let (slot, found) = place(of: bytes, hash: hash) else {
            switchToKeyedHash()
            return intern(bytes)
        }
        if let found { return found }
        let id = Int32(offsets.count)
        slots[slot] = id
        hashes.append(hash)
        offsets.append(storage.count)
        storage.append(contentsOf: bytes)
        if keepsStrings { strings.append(String(decoding: bytes, as: UTF8.self)) }
        if offsets.count * 2 > slots.count { grow() }
        return Interned(raw: id)
    }

    /// The id of `bytes` if they were interned, without adding them.
    mutating func find(_ bytes: UnsafeRawBufferPointer) -> Interned? {
        let hash = isKeyed ? Self.hash(bytes) : quick.of(bytes)
        guard let (_, found) = place(of: bytes, hash: hash) else {
            switchToKeyedHash()
            return find(bytes)
        }
        return found
    }

    /// Where `bytes`, hashed `hash`, are in the table: their id and slot, or the empty slot where
    /// they would go; nil when the probe ran past `QuickHash.longestProbe` with the quick hash (a
    /// flood: the table is to switch to the keyed hash and be asked again).
    @inline(__always)
    private func place(of bytes: UnsafeRawBufferPointer, hash: UInt64) -> (slot: Int, id: Interned?)? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        var probes = 0
        while true {
            let id = slots[slot]
            if id < 0 { return (slot, nil) }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return (slot, Interned(raw: id)) }
            slot = (slot + 1) & mask
            probes += 1
            if probes > QuickHash.longestProbe && !isKeyed { return nil }
        }
    }

    /// The id of a string, adding it when new.
    mutating func intern(_ text: String) -> Interned {
        var copy = text
        return copy.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    /// Whether `id` was given to exactly `bytes`.
    func holds(_ id: Interned, _ bytes: UnsafeRawBufferPointer) -> Bool { equals(id.index, bytes) }

    private func equals(_ id: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = offsets[id]
        let end = id + 1 < offsets.count ? offsets[id + 1] : storage.count
        guard end - start == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return storage.withUnsafeBytes { memcmp($0.baseAddress! + start, base, bytes.count) == 0 }
    }

    /// Hashes every text again with `ByteHash` and uses it from now on.
    private mutating func switchToKeyedHash() {
        isKeyed = true
        storage.withUnsafeBytes { all in
            for id in hashes.indices {
                let end = id + 1 < offsets.count ? offsets[id + 1] : all.count
                hashes[id] = Self.hash(UnsafeRawBufferPointer(rebasing: all[offsets[id]..<end]))
            }
        }
        rebuildSlots(count: slots.count)
    }

    private mutating func grow() { rebuildSlots(count: slots.count * 2) }

    private mutating func rebuildSlots(count: Int) {
        slots = Array(repeating: -1, count: count)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// The keyed hash of `bytes` (`ByteHash`: SipHash with a key chosen per process, so no file can
    /// make its values share slots); ids stay dense and in the order values come, so no output
    /// depends on which hash a table uses.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 { ByteHash.of(bytes) }
}
