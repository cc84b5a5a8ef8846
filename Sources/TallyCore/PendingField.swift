import TallyYAML

extension RecordBuilder {
    /// A field of the record being built, as read, before the record is checked and kept.
    struct PendingField: Sendable {
        var name: Interned
        /// The record set's field it is stored as (set when it joins the pending record).
        var storedAs: FieldID?
        /// The value as read, except a text kept as bytes (`placed`), which is `.text("")` here:
        /// read it with `RecordBuilder.value(at:)`.
        var given: Value
        /// Where a text kept as bytes is in the builder's `pendingBytes`: titles and long texts,
        /// which most records only store, are put in the record set without a `String` made.
        var placed: Range<Int>?
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
