import Foundation
import TallyYAML

/// Builds records of one file field by field, straight from UTF-8 bytes, typing values and
/// checking them against the programme's rules.
///
/// Shared by the YAML and CSV readers so both accept and reject exactly the same things.
/// Names, kinds and short texts are interned by their bytes, and every check whose answer
/// depends only on a value (is this unit in a roster?) is made once per distinct value.
struct RecordBuilder: Sendable {
    static let internLimit = 48
    /// The two keys a record has that are not fields of the record set: its date and its kind.
    static let recordKeys = ["date", "activity"]

    let rules: RecordRules
    let source: SourceFile
    var records = RecordSet()
    var diagnostics = Diagnostics()
    /// Ids defined and referenced in this file, for the cross-file checks.
    var ids: [IDMention] = []
    var references: [IDMention] = []
    var names = ByteInterner()
    var values = ByteInterner(capacity: 128)
    /// Per interned name: the record set's field it is stored as (nil for `date` and `activity`,
    /// and for a name past `RecordSet.maxFields`, which is an error).
    var recordField: [FieldID?] = []
    /// The interned names of `date` and `activity`.
    private(set) var dateName = Interned(raw: 0), activityName = Interned(raw: 0)
    var numericEverywhere = InternedSet()
    var kindRules = InternedTable<KindRule>()
    var lastRule: KindRule?
    var textStore: [StoredValue?] = []
    private var tooMany = false
    var truthyNames = InternedSet()
    var warnedValues: Set<Interned> = []
    static let booleanLooking: Set<String> = ["true", "false", "yes", "no", "có", "không", "đúng", "sai"]
    var lastRuleID: Interned?
    var unitState = InternedTable<Bool>()
    var memberCaches: [InternedTable<Bool>] = []
    private var fileID: FileID
    var pending: [PendingField] = []
    /// The bytes of the pending record's texts kept as bytes (`PendingField.placed`).
    var pendingBytes: [UInt8] = []
    private var day: Day?
    /// The interned text of the pending record's `activity`, once read.
    private var kind: Interned?
    private var kindMark = Mark(line: 0, column: 0)
    private var dateMark: Mark?
    /// Where each field of the pending record is in `pending`, by name id; kept only for records
    /// with many fields, where a linear search would make a hostile record quadratic.
    private var fieldIndex: [Interned: Int] = [:]
    static let indexedFieldCount = 16
    /// Per field name id: the known field it is probably a misspelling of.
    var misspelt = InternedTable<Interned>()
    /// The field names Tally knows or the programme reads, for misspelling hints (worked out once per programme).
    var knownNames: [String] { rules.knownNames }
    /// The known names as one text, for `MisspellingMemo`.
    var knownSignature: String { rules.knownSignature }
    private var warnedNames: Set<Interned> = []
    private var kindWidth = 1
    private var failed = false
    /// Field names seen lately, by a cheap digest of their bytes (`fieldName`): a file's records
    /// name a few fields over and over, which a comparison of bytes recognises without hashing.
    var recentNames = [Int32](repeating: -1, count: 64)

    init(rules: RecordRules, source: SourceFile) {
        self.rules = rules
        self.source = source
        fileID = records.fileID(source.path) ?? FileID(index: 0)
        for name in KnownField.names { _ = nameID(name) }
        dateName = nameID("date")
        activityName = nameID("activity")
    }

    /// Whether a warning given once per file was given (so a later part of the file would not repeat it).
    var hasWarnedOncePerFile: Bool { !warnedNames.isEmpty || !warnedValues.isEmpty }

    /// Appends what `rest`, the builder of the records that follow this one's in the same file,
    /// found: records, diagnostics (under the same cap), ids and references. False, appending
    /// nothing, when together they would exceed what one builder accepts.
    mutating func absorb(_ rest: inout RecordBuilder) -> Bool {
        guard records.count + rest.records.count < RecordSet.maxRecords, records.absorb(&rest.records) else { return false }
        diagnostics.append(contentsOf: rest.diagnostics)
        ids += rest.ids
        references += rest.references
        return true
    }

    /// A diagnostic at a place in this file.
    func diagnostic(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:], at mark: Mark, width: Int = 1) -> Diagnostic {
        Diagnostic(code, arguments, source: source, at: mark, width: width)
    }

    /// Reports an error in the record being built, which is then left out.
    mutating func error(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:], at mark: Mark, width: Int = 1) {
        fail(diagnostic(code, arguments, at: mark, width: width))
    }

    mutating func fail(_ diagnostic: Diagnostic) {
        diagnostics.add(diagnostic)
        failed = true
    }

    mutating func begin() {
        pending.removeAll(keepingCapacity: true)
        pendingBytes.removeAll(keepingCapacity: true)
        if !fieldIndex.isEmpty { fieldIndex.removeAll(keepingCapacity: true) }
        day = nil
        dateMark = nil
        kind = nil
        failed = false
    }

    /// Adds one field from its UTF-8 bytes; `quoted` values stay text, plain ones are typed.
    mutating func field(_ id: Interned, bytes raw: UnsafeRawBufferPointer, quoted: Bool, at mark: Mark, width: Int) {
        let bytes = quoted ? Self.trimmed(raw) : raw
        if (id == dateName && day != nil) || (id == activityName && kind != nil) || pendingIndex(of: id) != nil {
            fail(diagnostic(.duplicateKey, ["key": "\(name(id))"], at: mark, width: width).noting(source, at: firstMark(of: id)))
            return
        }
        if id == dateName {
            dateMark = mark
            day = readDay(bytes, at: mark, width: width, what: "date")
            return
        }
        if id == activityName {
            kind = values.intern(bytes)
            kindMark = mark
            kindWidth = width
            return
        }
        guard let storedAs = recordField[id.index] else {
            error(.tooManyFields, ["limit": "\(RecordSet.maxFields)"], at: mark, width: width)
            return
        }
        switch storedAs {
        case KnownField.evidence:
            add(id, .list(Self.evidenceList(bytes)), mark, width)
        case KnownField.recorded:
            if let recorded = readDay(bytes, at: mark, width: width, what: "recorded") { add(id, .date(recorded), mark, width) }
        case KnownField.unit:
            let unit = values.intern(bytes)
            add(id, .text(values[unit]), mark, width, valueID: unit)
        case KnownField.id, KnownField.respondsTo:
            add(id, .text(String(decoding: bytes, as: UTF8.self)), mark, width)
        case KnownField.title:
            add(id, placing: bytes, mark, width)
        default:
            if !quoted {
                switch PlainScalar.of(bytes) {
                case .bool(let flag): add(id, .bool(flag), mark, width); return
                case .packed(let packed):
                    add(id, .number(packed.number), mark, width, packed: packed)
                    return
                case .number(let number): add(id, .number(number), mark, width); return
                case .date(let day): add(id, .date(day), mark, width); return
                case .impossibleDate(let why):
                    error(.impossibleDate, ["value": "\(String(decoding: bytes, as: UTF8.self))", "reason": why], at: mark, width: width)
                    return
                case .text: break
                }
            }
            if bytes.count <= Self.internLimit {
                let interned = values.intern(bytes)
                add(id, .text(values[interned]), mark, width, valueID: interned, quoted: quoted)
            } else {
                add(id, placing: bytes, mark, width, quoted: quoted)
            }
        }
    }

    /// Adds a field given as text (CSV cells, tests).
    mutating func field(_ name: String, text: String, quoted: Bool, at mark: Mark, width: Int) {
        let id = nameID(name)
        var copy = text
        copy.withUTF8 { field(id, bytes: UnsafeRawBufferPointer($0), quoted: quoted, at: mark, width: width) }
    }

    /// Adds a list value (YAML `evidence: [a, b]`).
    mutating func list(_ id: Interned, items: [String], at mark: Mark, width: Int) {
        add(id, .list(items), mark, width)
    }

    /// Adds a field to the pending record, made in place (a field copied costs a retain per text),
    /// indexing it by name once the record has many fields.
    mutating func add(_ id: Interned, _ value: Value, _ mark: Mark, _ width: Int,
                              valueID: Interned? = nil, packed: StoredValue? = nil, quoted: Bool = false) {
        if pending.count >= Self.indexedFieldCount {
            if fieldIndex.isEmpty { for (position, earlier) in pending.enumerated() { fieldIndex[earlier.name] = position } }
            fieldIndex[id] = pending.count
        }
        pending.append(PendingField(name: id, storedAs: recordField[id.index], given: value, mark: mark, width: width,
                                    valueID: valueID, packed: packed, quoted: quoted))
    }

    /// The position of field `id` in the pending record, if it has one.
    private func pendingIndex(of id: Interned) -> Int? {
        if pending.count > Self.indexedFieldCount { return fieldIndex[id] }
        return pending.firstIndex { $0.name == id }
    }

    private mutating func readDay(_ bytes: UnsafeRawBufferPointer, at mark: Mark, width: Int, what: String) -> Day? {
        switch ScalarText.date(bytes: bytes) {
        case .day(let day): return day
        case .impossible(let why):
            error(.impossibleDate, ["value": "\(String(decoding: bytes, as: UTF8.self))", "reason": why], at: mark, width: width)
        case .notADate:
            error(.notADate, ["what": "\(what)", "value": "\(String(decoding: bytes, as: UTF8.self))"], at: mark, width: width)
        }
        return nil
    }

    /// Checks the record as a whole and keeps it when it is valid.
    /// Where this record's field `id` is already written, if it is.
    func firstMark(of id: Interned) -> Mark? {
        if id == dateName { return day != nil || dateMark != nil ? dateMark : nil }
        if id == activityName { return kind != nil ? kindMark : nil }
        return pendingIndex(of: id).map { pending[$0].mark }
    }

    /// The diagnostic for a missing field, with a note at the misspelt field probably meant to be it.
    private func missing(_ code: DiagnosticCode, _ id: Interned, at start: Mark) -> Diagnostic {
        let found = diagnostic(code, at: start)
        guard let field = pending.first(where: { misspelt[$0.name] == id }) else { return found }
        return found.noting(source, at: field.mark, width: field.width)
    }

    mutating func finish(at start: Mark) {
        if day == nil && dateMark == nil && !failed {
            fail(missing(.missingDate, dateName, at: start))
        }
        guard let kind, !values[kind].isEmpty else {
            if !failed {
                fail(missing(.missingActivity, activityName, at: start))
            }
            return
        }
        // Fields are read in place (by index) in these loops: copying each one costs retains.
        for index in pending.indices where !misspelt.isEmpty {
            let fieldName = pending[index].name
            guard let meant = misspelt[fieldName], firstMark(of: meant) == nil, warnedNames.insert(fieldName).inserted else { continue }
            diagnostics.add(diagnostic(.unknownField, ["field": "\(name(fieldName))"], at: pending[index].mark, width: pending[index].width).suggesting([name(meant)]))
        }
        let rule = kindRule(kind)
        if !rule.known, let known = rules.activities {
            let text = values[kind]
            fail(diagnostic(.unknownActivity, ["kind": "\(text)", "known": "\(known.joined(separator: ", "))"], at: kindMark, width: kindWidth)
                .suggesting(diagnostics.isFull ? [] : Suggestion.nearest(to: text, in: known)))
        }
        if rule.kind == nil {
            error(.tooManyKinds, ["limit": "\(Record.maxKinds)"], at: kindMark, width: kindWidth)
        }
        checkFields(rule)
        if rule.isTrigger && !pending.contains(where: { $0.storedAs == KnownField.id }) {
            let text = values[kind]
            error(.triggerMissingID, ["kind": "\(text)", "example": "\(text.prefix(2).uppercased())-001"], at: start)
        }
        for index in pending.indices {
            let storedAs = pending[index].storedAs
            guard storedAs == KnownField.id || storedAs == KnownField.respondsTo, case .text(let id) = pending[index].given else { continue }
            let mention = IDMention(id, at: pending[index].mark)
            if storedAs == KnownField.id { ids.append(mention) } else { references.append(mention) }
        }
        guard !failed, let day, let kindID = rule.kind else { return }
        guard records.count < RecordSet.maxRecords else {
            if !tooMany {
                error(.tooManyRecords, ["limit": "\(RecordSet.maxRecords)"], at: start)
                tooMany = true
            }
            return
        }
        records.beginRecord(day: day, kind: kindID, file: fileID, line: Int32(start.line))
        for index in pending.indices {
            guard let id = pending[index].storedAs else { continue }
            if let packed = pending[index].packed {
                records.addField(id, stored: packed)
            } else if let valueID = pending[index].valueID {
                records.addField(id, stored: storedText(valueID))
            } else if let placed = pending[index].placed {
                let stored = pendingBytes.withUnsafeBytes { records.storeText(UnsafeRawBufferPointer(rebasing: $0[placed])) }
                records.addField(id, stored: stored)
            } else {
                records.addField(id, pending[index].given)
            }
        }
    }
}
