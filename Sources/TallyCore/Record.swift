/// One activity a unit recorded: compact, with its fields kept in its record set.
public struct Record: Sendable {
    public var day: Day
    /// Index into `RecordSet.kinds`.
    public var kind: Int32
    /// Index into `RecordSet.files`.
    public var file: Int32
    public var line: Int32
    /// Where this record's fields start in `RecordSet.fieldIDs` / `fieldValues`.
    public var fieldStart: Int32
    public var fieldCount: Int32
}

/// Field ids that every record set assigns the same way.
public enum KnownField {
    public static let unit: Int32 = 0
    public static let id: Int32 = 1
    public static let respondsTo: Int32 = 2
    public static let title: Int32 = 3
    public static let evidence: Int32 = 4
    public static let recorded: Int32 = 5
    public static let names = ["unit", "id", "responds-to", "title", "evidence", "recorded"]
}

/// All records of a programme, stored compactly: fields live in two flat arrays
/// and repeated strings are shared.
public struct RecordSet: Sendable {
    public private(set) var records: [Record] = []
    public private(set) var fieldIDs: [Int32] = []
    public private(set) var fieldValues: [Value] = []
    public private(set) var kinds: [String] = []
    public private(set) var fieldNames: [String] = KnownField.names
    public private(set) var files: [String] = []
    private var kindIndex: [String: Int32] = [:]
    private var fieldIndex: [String: Int32] = Dictionary(uniqueKeysWithValues: KnownField.names.enumerated().map { ($1, Int32($0)) })
    private var strings: Set<String> = []

    public init() {}

    /// The id of a field name, adding it when new.
    public mutating func fieldID(_ name: String) -> Int32 {
        if let id = fieldIndex[name] { return id }
        let id = Int32(fieldNames.count)
        fieldNames.append(name)
        fieldIndex[name] = id
        return id
    }

    /// The id of a field name, if any record has it.
    public func existingFieldID(_ name: String) -> Int32? { fieldIndex[name] }

    /// The index of an activity kind, adding it when new.
    public mutating func kindID(_ kind: String) -> Int32 {
        if let id = kindIndex[kind] { return id }
        let id = Int32(kinds.count)
        kinds.append(kind)
        kindIndex[kind] = id
        return id
    }

    /// The index of an activity kind, if any record has it.
    public func existingKindID(_ kind: String) -> Int32? { kindIndex[kind] }

    /// The index of a file, adding it when new.
    public mutating func fileID(_ path: String) -> Int32 {
        if let index = files.firstIndex(of: path) { return Int32(index) }
        files.append(path)
        return Int32(files.count - 1)
    }

    /// One shared copy of a string, so repeated unit names cost memory once.
    public mutating func intern(_ text: String) -> String {
        if let existing = strings.firstIndex(of: text) { return strings[existing] }
        strings.insert(text)
        return text
    }

    /// Appends a record with its fields.
    public mutating func append(day: Day, kind: Int32, file: Int32, line: Int32, fields: [(Int32, Value)]) {
        append(day: day, kind: kind, file: file, line: line, fields: fields[...])
    }

    /// Appends a record with its fields, from any collection (no intermediate array).
    public mutating func append<Fields: Collection>(day: Day, kind: Int32, file: Int32, line: Int32, fields: Fields)
    where Fields.Element == (Int32, Value) {
        records.append(Record(day: day, kind: kind, file: file, line: line,
                              fieldStart: Int32(fieldIDs.count), fieldCount: Int32(fields.count)))
        for (id, value) in fields {
            fieldIDs.append(id)
            fieldValues.append(value)
        }
    }

    /// Appends every record of another set, translating its kinds, fields and files.
    public mutating func append(contentsOf other: RecordSet) {
        if records.isEmpty && kinds.isEmpty && files.isEmpty && fieldNames.count == KnownField.names.count {
            self = other
            return
        }
        let kindMap = other.kinds.map { kindID($0) }
        let fieldMap = other.fieldNames.map { fieldID($0) }
        let fileMap = other.files.map { fileID($0) }
        records.reserveCapacity(records.count + other.records.count)
        for record in other.records {
            var copy = record
            copy.kind = kindMap[Int(record.kind)]
            copy.file = fileMap[Int(record.file)]
            copy.fieldStart = Int32(fieldIDs.count)
            records.append(copy)
            let range = Int(record.fieldStart)..<Int(record.fieldStart + record.fieldCount)
            for index in range {
                fieldIDs.append(fieldMap[Int(other.fieldIDs[index])])
                fieldValues.append(other.fieldValues[index])
            }
        }
    }

    /// The value of field `id` in record `index`, if present.
    @inline(__always)
    public func value(_ id: Int32, of index: Int) -> Value? {
        let record = records[index]
        var position = Int(record.fieldStart)
        let end = position + Int(record.fieldCount)
        while position < end {
            if fieldIDs[position] == id { return fieldValues[position] }
            position += 1
        }
        return nil
    }

    /// The text of field `id` in record `index`, if present and text-like.
    public func text(_ id: Int32, of index: Int) -> String? {
        switch value(id, of: index) {
        case .text(let text)?: text
        case let value?: value.description
        case nil: nil
        }
    }

    /// All fields of record `index`, in file order.
    public func fields(of index: Int) -> [(name: String, value: Value)] {
        let record = records[index]
        return (Int(record.fieldStart)..<Int(record.fieldStart + record.fieldCount)).map {
            (fieldNames[Int(fieldIDs[$0])], fieldValues[$0])
        }
    }

    /// Where record `index` was written, as `file:line`.
    public func location(of index: Int) -> (file: String, line: Int) {
        let record = records[index]
        return (files[Int(record.file)], Int(record.line))
    }

    public var count: Int { records.count }
}
