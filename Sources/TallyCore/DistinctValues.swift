/// The distinct values of one field over records, as `distinct` counts them: two spellings of one
/// roster member count once. The evaluator's measure and the burn-up series both count with it, so
/// the chart's last point is the target's value by construction.
struct DistinctValues {
    let programme: Programme
    let records: RecordSet
    let fieldID: FieldID?
    /// The key of each text already seen, shared by every window a target is measured over.
    let keys: DistinctKeys
    /// The key of each stored value already seen (equal stored values give equal numbers).
    private var byValue: [UInt64: String] = [:]
    /// The keys counted, by their bytes (a key is NFC or a roster position).
    private var seen = Set<UTF8Key>()

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
        guard let fieldID, let valueKey = records.valueKey(fieldID, of: index) else { return false }
        if let known = byValue[valueKey] {
            seen.insert(UTF8Key(known))
            return true
        }
        let key = keys.key(records.value(fieldID, of: index)!.description, in: programme)
        byValue[valueKey] = key
        seen.insert(UTF8Key(key))
        return true
    }
}

/// Remembers the `distinct` key of each text seen.
final class DistinctKeys {
    /// By the text's bytes: hashing a `String` key normalises it again each time.
    private var keys: [UTF8Key: String] = [:]

    /// The key of `text` (its roster member, or its folded spelling), worked out once per text.
    func key(_ text: String, in programme: Programme) -> String {
        if let known = keys[UTF8Key(text)] { return known }
        let key = programme.distinctKey(text)
        keys[UTF8Key(text)] = key
        return key
    }
}
