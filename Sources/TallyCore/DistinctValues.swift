/// The distinct values of one field over records, as `distinct` counts them: two spellings of one
/// roster member count once. The evaluator's measure and the burn-up series both count with it, so
/// the chart's last point is the target's value by construction.
struct DistinctValues {
    let programme: Programme
    let records: RecordSet
    let fieldID: FieldID?
    /// The key of each value, shared by every window a target is measured over.
    let keys: DistinctKeys
    /// The keys counted, by their numbers in `keys`.
    private var seen = Set<Int32>()

    init(programme: Programme, records: RecordSet, field: String, keys: DistinctKeys = DistinctKeys()) {
        self.programme = programme
        self.records = records
        self.fieldID = records.existingFieldID(field)
        self.keys = keys
    }

    /// How many distinct values have been added.
    var count: Int { seen.count }

    /// Adds record `index`'s value; false when the record has no value in the field (it does not count).
    mutating func add(_ index: Int) -> Bool {
        guard let fieldID, let key = keys.key(of: fieldID, in: index, records: records, programme: programme) else { return false }
        seen.insert(key)
        return true
    }
}

/// Numbers the `distinct` keys of the values seen: a value's key is its roster member, or its folded
/// spelling. Keys are kept as bytes only, and each stored value is worked out once: a target over a
/// million unique titles keeps about its titles' bytes, not several strings for each.
final class DistinctKeys {
    /// Each key's bytes, numbered densely.
    private var keys = ByteInterner(keepingStrings: false)
    /// The key number of each stored value seen (equal stored values give equal numbers).
    private var byValue: [UInt64: Int32] = [:]

    /// The number of the key of field `fieldID` of record `index`; nil when the record has no such field.
    func key(of fieldID: FieldID, in index: Int, records: RecordSet, programme: Programme) -> Int32? {
        guard let valueKey = records.valueKey(fieldID, of: index) else { return nil }
        if let known = byValue[valueKey] { return known }
        let key = keys.intern(programme.distinctKey(records.value(fieldID, of: index)!.description)).raw
        byValue[valueKey] = key
        return key
    }
}
