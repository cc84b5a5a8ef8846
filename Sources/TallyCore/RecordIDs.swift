/// The number of a field name in one record set. Field numbers of different record sets
/// differ (except the known fields'), so an id is only asked of the set that gave it.
public struct FieldID: Hashable, Sendable {
    /// 16 bits: a record set has at most `RecordSet.maxFields` names, and a million records with
    /// two fields each keep 4 MB less than with 32-bit ids.
    let raw: UInt16
    init(index: Int) { raw = UInt16(index) }
    /// Its position in `RecordSet.fieldNames`.
    public var index: Int { Int(raw) }
}

/// The number of an activity kind in one record set: its position in `RecordSet.kinds`.
public struct KindID: Hashable, Sendable {
    let raw: UInt16
    init(index: Int) { raw = UInt16(index) }
    public var index: Int { Int(raw) }
}

/// The number of a records file in one record set: its position in `RecordSet.files`.
public struct FileID: Hashable, Sendable {
    let raw: UInt16
    init(index: Int) { raw = UInt16(index) }
    public var index: Int { Int(raw) }
}

/// Field ids that every record set assigns the same way, in the order of `names`.
public enum KnownField {
    public static let names = ["unit", "id", "responds-to", "title", "evidence", "recorded"]
    public static let unit = FieldID(index: names.firstIndex(of: "unit")!)
    public static let id = FieldID(index: names.firstIndex(of: "id")!)
    public static let respondsTo = FieldID(index: names.firstIndex(of: "responds-to")!)
    public static let title = FieldID(index: names.firstIndex(of: "title")!)
    public static let evidence = FieldID(index: names.firstIndex(of: "evidence")!)
    public static let recorded = FieldID(index: names.firstIndex(of: "recorded")!)
}
