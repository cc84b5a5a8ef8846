/// Values by interned id, kept in an array: ids are dense, and a `Dictionary` or `Set` would
/// run the standard hasher for every field of every record that asks.
struct InternedTable<Value: Sendable>: Sendable {
    private var values: [Value?] = []
    /// How many ids have a value.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    subscript(id: Interned) -> Value? {
        get { id.index < values.count ? values[id.index] : nil }
        set {
            if id.index >= values.count { values.append(contentsOf: repeatElement(nil, count: id.index + 1 - values.count)) }
            count += (newValue == nil ? 0 : 1) - (values[id.index] == nil ? 0 : 1)
            values[id.index] = newValue
        }
    }
}

/// A set of interned ids, kept as flags in an array (see `InternedTable`).
struct InternedSet: Sendable {
    private var flags: [Bool] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    func contains(_ id: Interned) -> Bool { id.index < flags.count && flags[id.index] }

    mutating func insert(_ id: Interned) {
        if id.index >= flags.count { flags.append(contentsOf: repeatElement(false, count: id.index + 1 - flags.count)) }
        if !flags[id.index] { count += 1 }
        flags[id.index] = true
    }
}
