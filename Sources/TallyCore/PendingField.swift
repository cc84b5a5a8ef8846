import TallyYAML

extension RecordBuilder {
    /// A field of the record being built, as read, before the record is checked and kept.
    struct PendingField: Sendable {
        var name: Interned
        /// The record set's field it is stored as (set when it joins the pending record).
        var storedAs: FieldID?
        var value: Value
        var mark: Mark
        var width: Int
        /// The interned id of a text value, when it was interned.
        var valueID: Interned?
        /// A number already packed for storage, when it fits.
        var packed: StoredValue?
        /// Whether the value was quoted in YAML (deliberate text).
        var quoted = false
    }
}
