/// Values by the bytes of a text, for the memos that look texts up by their bytes: a
/// `ByteInterner` (a quick hash, switching to SipHash for good on a flood) and the value of each
/// id. At most `limit` values; past that it starts again, so memory stays bounded. Not locked:
/// its owner locks.
struct BytesTable<Value> {
    let limit: Int
    private let capacity: Int
    private var ids: ByteInterner
    private var values: [Value] = []

    init(limit: Int, capacity: Int) {
        self.limit = limit
        self.capacity = capacity
        ids = ByteInterner(capacity: capacity, keepingStrings: false)
    }

    /// The value kept for `bytes`, if any.
    mutating func value(for bytes: UnsafeRawBufferPointer) -> Value? {
        ids.find(bytes).map { values[$0.index] }
    }

    /// Keeps `value` for `bytes`, replacing what was kept for them.
    mutating func keep(_ value: Value, for bytes: UnsafeRawBufferPointer) {
        if values.count >= limit {
            ids = ByteInterner(capacity: capacity, keepingStrings: false)
            values.removeAll(keepingCapacity: true)
        }
        let id = ids.intern(bytes)
        if id.index == values.count { values.append(value) } else { values[id.index] = value }
    }
}
