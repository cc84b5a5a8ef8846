import Foundation

/// The answers (`with` records of `respond` targets) by the trigger id they name, in flat arrays of
/// 32-bit numbers: an open-addressing table hashed on the id's bytes, whose slots hold each id's
/// last answer, and a chain to the answers before it. An id is not copied: it is compared with
/// the `responds-to` bytes of the answer in its slot. About 16 bytes an answer, not a string key
/// and an array per trigger. Ids match as Swift strings do, by canonical equivalence: an `Ố` typed
/// precomposed in one file and decomposed in another is the same id (ASCII ids, the usual kind,
/// are compared as they are).
struct AnswerIndex: Sendable {
    /// The position in `answers` of the last answer naming an id, or -1 for an empty slot.
    private var slots: [Int32] = []
    /// Record indices of answers.
    private var answers: [Int32] = []
    /// For each answer, the position of the one before it naming the same id, or -1.
    private var previous: [Int32] = []

    init() {}

    init(records: RecordSet, kinds: [KindID], index: KindIndex) {
        let count = kinds.reduce(0) { $0 + index.records(of: $1).count }
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        answers.reserveCapacity(count)
        previous.reserveCapacity(count)
        for kind in kinds {
            for record in index.records(of: kind) {
                _ = records.withTextBytes(KnownField.respondsTo, of: Int(record)) { named in
                    let slot = Self.comparable(named) { self.slot(of: $0, in: records) }
                    previous.append(slots[slot])
                    slots[slot] = Int32(answers.count)
                    answers.append(record)
                }
            }
        }
    }

    /// The slot of the id `bytes`: the one holding its answers, or the empty one where they go.
    private func slot(of bytes: UnsafeRawBufferPointer, in records: RecordSet) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ByteInterner.hash(bytes)) & mask
        while slots[slot] >= 0 {
            let answer = Int(answers[Int(slots[slot])])
            let same = records.withTextBytes(KnownField.respondsTo, of: answer) { stored in
                Self.comparable(stored) { named in
                    named.count == bytes.count && (bytes.isEmpty || memcmp(named.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
                }
            }
            if same == true { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// Calls `body` with the record index of each answer naming `id` (latest added first).
    func forEach(answering id: String, in records: RecordSet, _ body: (Int) -> Void) {
        guard !slots.isEmpty else { return }
        var id = id
        var position = id.withUTF8 { bytes in Self.comparable(UnsafeRawBufferPointer(bytes)) { slots[slot(of: $0, in: records)] } }
        while position >= 0 {
            body(Int(answers[Int(position)]))
            position = previous[Int(position)]
        }
    }

    /// `body` with the bytes an id is hashed and compared by: its own when ASCII, else those of its
    /// canonical composition (NFC), so that canonically equivalent ids are one id.
    static func comparable<Result>(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        if !bytes.contains(where: { $0 >= 0x80 }) { return body(bytes) }
        var composed = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
        return composed.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}
