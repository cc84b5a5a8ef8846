import Foundation

/// One activity a unit recorded: 16 bytes, with its fields kept in its record set.
public struct Record: Sendable {
    public var day: Day
    public var line: Int32
    /// Where this record's fields start in the record set (they run to the next record's start).
    var fieldStart: Int32
    /// Its activity kind, in `RecordSet.kinds`.
    public var kind: KindID
    /// The file it was written in, in `RecordSet.files`.
    public var file: FileID

    /// The most activity kinds, and records files, one record set can hold.
    public static let maxKinds = Int(UInt16.max) + 1
    public static let maxFiles = Int(UInt16.max) + 1

    init(day: Day, kind: KindID, file: FileID, line: Int32, fieldStart: Int32) {
        self.day = day
        self.line = line
        self.fieldStart = fieldStart
        self.kind = kind
        self.file = file
    }
}

/// All records of a programme, stored compactly: records of 16 bytes, fields as 4-byte ids and
/// 8-byte packed values in flat arrays, texts as bytes in one arena (no `String` is kept per
/// text: one is made when a value is read), lists in a side table, repeated short texts once.
public struct RecordSet: Sendable {
    public private(set) var records: [Record] = []
    public private(set) var fieldIDs: [FieldID] = []
    private(set) var fieldValues: [StoredValue] = []
    public private(set) var kinds: [String] = []
    public private(set) var fieldNames: [String] = KnownField.names
    public private(set) var files: [String] = []
    /// The UTF-8 bytes of every text, one after another; a text value holds its offset and length.
    private var textBytes: [UInt8] = []
    /// Texts longer than a placed text may be (rare: a value of over 2 MB from a spreadsheet).
    private var longTexts: [String] = []
    private var lists: [[String]] = []
    private(set) var decimals: [Decimal] = []
    private var kindIndex: [String: KindID] = [:]
    private var fieldIndex: [String: FieldID] = Dictionary(uniqueKeysWithValues: KnownField.names.enumerated().map { ($1, FieldID(index: $0)) })

    public init() {}

    /// The most records one programme may hold (its fields are indexed with 32-bit numbers).
    public static let maxRecords = 20_000_000

    /// The most field names one record set can hold (its field ids are 16-bit).
    public static let maxFields = Int(UInt16.max) + 1

    /// The id of a field name, adding it when new (nil past `RecordSet.maxFields`).
    public mutating func fieldID(_ name: String) -> FieldID? {
        if let id = fieldIndex[name] { return id }
        guard fieldNames.count < RecordSet.maxFields else { return nil }
        let id = FieldID(index: fieldNames.count)
        fieldNames.append(name)
        fieldIndex[name] = id
        return id
    }

    /// The id of a field name, if any record has it.
    public func existingFieldID(_ name: String) -> FieldID? { fieldIndex[name] }

    /// The index of an activity kind, adding it when new (nil past `Record.maxKinds`).
    public mutating func kindID(_ kind: String) -> KindID? {
        if let id = kindIndex[kind] { return id }
        guard kinds.count < Record.maxKinds else { return nil }
        let id = KindID(index: kinds.count)
        kinds.append(kind)
        kindIndex[kind] = id
        return id
    }

    /// The index of an activity kind, if any record has it.
    public func existingKindID(_ kind: String) -> KindID? { kindIndex[kind] }

    /// The activity kind of record `index`.
    public func kind(of index: Int) -> String { kinds[records[index].kind.index] }

    /// The index of a file, adding it when new (nil past `Record.maxFiles`).
    public mutating func fileID(_ path: String) -> FileID? {
        if let index = files.firstIndex(of: path) { return FileID(index: index) }
        guard files.count < Record.maxFiles else { return nil }
        files.append(path)
        return FileID(index: files.count - 1)
    }

    /// Stores a text given as UTF-8 bytes in the arena, returning its packed value.
    mutating func storeText(_ bytes: UnsafeRawBufferPointer) -> StoredValue {
        guard bytes.count <= StoredValue.maxPlacedTextLength else {
            longTexts.append(String(decoding: bytes, as: UTF8.self))
            return StoredValue(.longText, UInt64(longTexts.count - 1))
        }
        let offset = textBytes.count
        textBytes.append(contentsOf: bytes)
        return StoredValue.placedText(offset: offset, length: bytes.count)
    }

    /// Stores a text in the arena, returning its packed value.
    mutating func storeText(_ text: String) -> StoredValue {
        var copy = text
        return copy.withUTF8 { storeText(UnsafeRawBufferPointer($0)) }
    }

    /// The text a placed text value stands for.
    @inline(__always)
    private func placedText(_ stored: StoredValue) -> String {
        let place = stored.textPlace
        return textBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[place.offset..<place.offset + place.length]), as: UTF8.self) }
    }

    /// Packs a value, putting texts, lists and unpackable numbers in the side tables.
    mutating func store(_ value: Value) -> StoredValue {
        switch value {
        case .text(let text): return storeText(text)
        case .date(let day): return StoredValue(.date, UInt64(UInt32(bitPattern: day.number)))
        case .bool(let flag): return StoredValue(.bool, flag ? 1 : 0)
        case .list(let items):
            lists.append(items)
            return StoredValue(.list, UInt64(lists.count - 1))
        case .number(let number):
            if let packed = StoredValue.number(number) { return packed }
            decimals.append(number)
            return StoredValue(.decimal, UInt64(decimals.count - 1))
        }
    }

    /// The value a packed field stands for.
    func load(_ stored: StoredValue) -> Value {
        switch stored.tag {
        case .text: .text(placedText(stored))
        case .longText: .text(longTexts[Int(stored.payload)])
        case .number: .number(stored.number)
        case .date: .date(Day(number: Int32(bitPattern: UInt32(truncatingIfNeeded: stored.payload))))
        case .bool: .bool(stored.payload != 0)
        case .list: .list(lists[Int(stored.payload)])
        case .decimal: .number(decimals[Int(stored.payload)])
        }
    }

    /// Appends a record with its fields.
    public mutating func append(day: Day, kind: KindID, file: FileID, line: Int32, fields: [(FieldID, Value)]) {
        beginRecord(day: day, kind: kind, file: file, line: line)
        for (id, value) in fields { addField(id, value) }
    }

    /// Reserves room for about `records` records of `fields` fields each. Untouched capacity costs
    /// address space, not memory, and saves the copies (and the doubled peak) of growing arrays.
    public mutating func reserve(records count: Int, fieldsPerRecord: Int, textBytes texts: Int = 0) {
        records.reserveCapacity(count)
        fieldIDs.reserveCapacity(count * fieldsPerRecord)
        fieldValues.reserveCapacity(count * fieldsPerRecord)
        textBytes.reserveCapacity(texts)
    }

    /// Makes room for the records, fields and texts of `sets`, which are to be absorbed one after
    /// another: the arrays are not grown (and copied) on the way, so the peak is the joined set and
    /// one of the parts, not the set twice.
    public mutating func reserve(joining sets: [RecordSet]) {
        records.reserveCapacity(records.count + sets.reduce(0) { $0 + $1.records.count })
        fieldIDs.reserveCapacity(fieldIDs.count + sets.reduce(0) { $0 + $1.fieldIDs.count })
        fieldValues.reserveCapacity(fieldValues.count + sets.reduce(0) { $0 + $1.fieldValues.count })
        textBytes.reserveCapacity(textBytes.count + sets.reduce(0) { $0 + $1.textBytes.count })
    }

    /// Starts a record whose fields follow through `addField`.
    public mutating func beginRecord(day: Day, kind: KindID, file: FileID, line: Int32) {
        records.append(Record(day: day, kind: kind, file: file, line: line, fieldStart: Int32(fieldIDs.count)))
    }

    /// Adds a field to the record begun last.
    public mutating func addField(_ id: FieldID, _ value: Value) {
        addField(id, stored: store(value))
    }

    mutating func addField(_ id: FieldID, stored: StoredValue) {
        fieldIDs.append(id)
        fieldValues.append(stored)
    }

    /// The positions of record `index`'s fields in `fieldIDs`.
    @inline(__always)
    func fieldRange(_ index: Int) -> Range<Int> {
        let end = index + 1 < records.count ? Int(records[index + 1].fieldStart) : fieldIDs.count
        return Int(records[index].fieldStart)..<end
    }

    /// Appends every record of another set, translating its kinds, fields, files and side tables.
    /// Returns false (appending nothing) when the result would hold too many kinds or files.
    @discardableResult
    public mutating func append(contentsOf other: RecordSet) -> Bool {
        var copy = other
        return absorb(&copy)
    }

    /// Appends every record of `other` as `append(contentsOf:)` does, emptying `other` array by
    /// array as it goes, so that at most one of its arrays exists twice at a time (the parts of a
    /// split file are joined without holding the second part three times over).
    public mutating func absorb(_ other: inout RecordSet) -> Bool {
        // An empty set takes the other's arrays, unless it was made room for (`reserve(joining:)`).
        if records.isEmpty && kinds.isEmpty && files.isEmpty && fieldNames.count == KnownField.names.count && records.capacity <= other.records.count {
            self = other
            other = RecordSet()
            return true
        }
        // The sums bound the unions: the sets are made only when they might not fit.
        guard kinds.count + other.kinds.count <= Record.maxKinds || Set(kinds + other.kinds).count <= Record.maxKinds,
              files.count + other.files.count <= Record.maxFiles || Set(files + other.files).count <= Record.maxFiles,
              fieldNames.count + other.fieldNames.count <= RecordSet.maxFields || Set(fieldNames + other.fieldNames).count <= RecordSet.maxFields,
              records.count + other.records.count <= RecordSet.maxRecords else { return false }
        let kindMap = other.kinds.map { kindID($0)! }
        let fieldMap = other.fieldNames.map { fieldID($0)! }
        let fileMap = other.files.map { fileID($0)! }
        let textBase = textBytes.count, longTextBase = UInt64(longTexts.count), fieldBase = fieldIDs.count
        let listBase = UInt64(lists.count), decimalBase = UInt64(decimals.count)
        textBytes += other.textBytes
        other.textBytes = []
        longTexts += other.longTexts
        lists += other.lists
        decimals += other.decimals
        records.reserveCapacity(records.count + other.records.count)
        for var record in other.records {
            record.kind = kindMap[record.kind.index]
            record.file = fileMap[record.file.index]
            record.fieldStart = Int32(Int(record.fieldStart) + fieldBase)
            records.append(record)
        }
        other.records = []
        fieldIDs.reserveCapacity(fieldIDs.count + other.fieldIDs.count)
        for id in other.fieldIDs { fieldIDs.append(fieldMap[id.index]) }
        other.fieldIDs = []
        fieldValues.reserveCapacity(fieldValues.count + other.fieldValues.count)
        for stored in other.fieldValues {
            switch stored.tag {
            case .text: fieldValues.append(stored.movingText(by: textBase))
            case .longText: fieldValues.append(StoredValue(.longText, stored.payload + longTextBase))
            case .list: fieldValues.append(StoredValue(.list, stored.payload + listBase))
            case .decimal: fieldValues.append(StoredValue(.decimal, stored.payload + decimalBase))
            default: fieldValues.append(stored)
            }
        }
        other = RecordSet()
        return true
    }

    /// The value of field `id` in record `index`, if present.
    @inline(__always)
    public func value(_ id: FieldID, of index: Int) -> Value? {
        for position in fieldRange(index) where fieldIDs[position] == id {
            return load(fieldValues[position])
        }
        return nil
    }

    /// A number standing for the value of field `id` in record `index` (equal values of
    /// texts stored once give equal numbers), without materialising the value; nil when absent.
    /// Used to cache per distinct value; different numbers may still be equal texts.
    public func valueKey(_ id: FieldID, of index: Int) -> UInt64? {
        for position in fieldRange(index) where fieldIDs[position] == id { return fieldValues[position].bits }
        return nil
    }

    /// The text of field `id` in record `index`, if present and text-like.
    public func text(_ id: FieldID, of index: Int) -> String? {
        switch value(id, of: index) {
        case .text(let text)?: text
        case let value?: value.description
        case nil: nil
        }
    }

    /// Calls `body` with the UTF-8 bytes of text field `id` of record `index`, read in place
    /// from the arena when it is stored there (no `String` made: a report writes millions);
    /// nil when the record has no such field.
    public func withTextBytes<R>(_ id: FieldID, of index: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        for position in fieldRange(index) where fieldIDs[position] == id {
            let stored = fieldValues[position]
            guard stored.tag == .text else {
                var text = text(id, of: index) ?? ""
                return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
            }
            let place = stored.textPlace
            return textBytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[place.offset..<place.offset + place.length])) }
        }
        return nil
    }

    /// All fields of record `index`, in file order.
    public func fields(of index: Int) -> [(name: String, value: Value)] {
        fieldRange(index).map { (fieldNames[fieldIDs[$0].index], load(fieldValues[$0])) }
    }

    /// Where record `index` was written, as `file:line`.
    public func location(of index: Int) -> (file: String, line: Int) {
        let record = records[index]
        return (files[record.file.index], Int(record.line))
    }

    public var count: Int { records.count }
}
