import Foundation
import TallyYAML

/// The dense number a `ByteInterner` gave a byte string: its position in `strings`.
struct Interned: Hashable, Sendable {
    let raw: Int32
    var index: Int { Int(raw) }
}

/// Maps byte strings to dense ids without creating a `String` for values already seen.
///
/// Records repeat the same few kinds, units and field names millions of times; hashing
/// their UTF-8 bytes (`ByteHash`) is far cheaper than hashing Unicode-normalised strings.
struct ByteInterner: Sendable {
    /// The open-addressing table: the position of a string in `strings`, or -1 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []
    private var storage: [UInt8] = []
    /// The string of each id, created once (none when made without `keepingStrings`).
    private(set) var strings: [String] = []
    private let keepsStrings: Bool

    /// The string interned as `id`.
    subscript(id: Interned) -> String { strings[id.index] }

    /// With `keepingStrings` false, only the bytes are kept (a set of many unique texts).
    init(capacity: Int = 64, keepingStrings: Bool = true) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        keepsStrings = keepingStrings
    }

    var count: Int { offsets.count }

    /// The id of `bytes`, adding them when new.
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Interned {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return Interned(raw: id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(offsets.count)
        slots[slot] = id
        hashes.append(hash)
        offsets.append(storage.count)
        storage.append(contentsOf: bytes)
        if keepsStrings { strings.append(String(decoding: bytes, as: UTF8.self)) }
        if offsets.count * 2 > slots.count { grow() }
        return Interned(raw: id)
    }

    /// The id of a string, adding it when new.
    mutating func intern(_ text: String) -> Interned {
        var copy = text
        return copy.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    private func equals(_ id: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = offsets[id]
        let end = id + 1 < offsets.count ? offsets[id + 1] : storage.count
        guard end - start == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return storage.withUnsafeBytes { memcmp($0.baseAddress! + start, base, bytes.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// The hash of `bytes` (`ByteHash`: SipHash with a key chosen per process, so no file can make
    /// its values share slots); ids stay dense and in the order values come, so no output depends on it.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 { ByteHash.of(bytes) }
}
