import Foundation
import TallyYAML

/// Which part of a records file a reader reads: all of it, or (see `SplitRecordReader`) the
/// records before or after a split between two top-level items.
enum RecordFilePart {
    case whole, first, rest
}

/// Streams a YAML records file straight from libyaml events into compact records, without a node tree.
struct YAMLRecordReader<Events: YAMLEventSource> {
    static var maxScalarBytes: Int { YAMLLimits.default.maxScalarBytes }

    var builder: RecordBuilder
    let reader: Events
    let part: RecordFilePart
    /// Whether a syntax error ended the reading.
    private(set) var stopped = false
    /// Whether the part read is not what a split promised (a document marker at the split, or
    /// no list of records before it): the whole file must be read again in one go.
    private(set) var unsplittable = false

    /// Reads `events`, which come from `part` of a file of about `expectedBytes` bytes.
    init(events: Events, rules: RecordRules, part: RecordFilePart = .whole, expectedBytes: Int?) {
        reader = events
        self.part = part
        builder = RecordBuilder(rules: rules, source: events.source)
        // A record takes at least about 30 bytes of YAML (date and activity), so the size bounds the
        // count, and texts are never longer than the file. Reserved, not touched: memory is taken
        // as it is written, and no array is copied to grow (a copy holds both, the peak of a check).
        if let size = expectedBytes, size > 1 << 20 {
            builder.records.reserve(records: size / 30, fieldsPerRecord: 3, textBytes: min(size, 1 << 31))
        }
    }

    /// Reads the whole file; syntax errors end it, record errors are collected and reading goes on.
    mutating func read() -> RecordBuilder {
        do {
            try readStream()
        } catch {
            stopped = true
            builder.diagnostics.add(.yaml(error, in: reader.source))
        }
        return builder
    }

    private mutating func readStream() throws(YAMLError) {
        _ = try reader.next()
        guard try reader.next() == .documentStart else {
            builder.diagnostics.add(builder.diagnostic(.emptyRecords, at: Mark(line: 1, column: 1)))
            return
        }
        if part == .rest && !reader.isImplicitDocumentMarker { unsplittable = true }
        let first = try reader.next()
        if part != .whole && first != .sequenceStart { unsplittable = true }
        try rejectDecorations()
        switch first {
        case .sequenceStart:
            while case let event = try reader.next(), event != .sequenceEnd {
                try item(event)
            }
        case .scalar where reader.scalarLength == 0 && reader.scalarStyle == .plain:
            break
        default:
            throw YAMLError(DiagnosticCode.recordsNotAList.rawValue, at: reader.start)
        }
        _ = try reader.next()
        if part == .first && !reader.isImplicitDocumentMarker { unsplittable = true }
        if try reader.next() == .documentStart {
            var error = YAMLError(DiagnosticCode.secondDocument.rawValue, at: reader.start)
            error.usesOtherFix = true
            throw error
        }
    }

    private mutating func item(_ event: YAMLEventKind) throws(YAMLError) {
        try rejectDecorations()
        guard event == .mappingStart else {
            let start = reader.start
            try skip(event, depth: 2)
            builder.error(.notAMapping, ["what": Subject.record, "found": Self.words(for: event), "example": "- date: 2024-03-12"], at: start)
            return
        }
        let start = reader.start
        builder.begin()
        while case let event = try reader.next(), event != .mappingEnd {
            try rejectDecorations()
            guard event == .scalar else {
                let mark = reader.start
                try skip(event, depth: 3)
                try skip(try reader.next(), depth: 3)
                builder.error(.complexKey, at: mark)
                continue
            }
            let name = builder.fieldName(reader.scalarBytes)
            if let first = builder.firstMark(of: name) {
                let keyMark = reader.start, width = reader.scalarLength
                try skip(try reader.next(), depth: 3)
                builder.fail(builder.diagnostic(.duplicateKey, ["key": "\(builder.name(name))"], at: keyMark, width: width).noting(reader.source, at: first))
                continue
            }
            try value(of: name)
        }
        builder.finish(at: start)
    }

    private mutating func value(of name: Interned) throws(YAMLError) {
        let event = try reader.next()
        try rejectDecorations()
        let mark = reader.start
        switch event {
        case .scalar:
            if reader.scalarLength > Self.maxScalarBytes {
                throw YAMLError(DiagnosticCode.valueTooLong.rawValue, ["length": "\(reader.scalarLength)", "limit": "\(Self.maxScalarBytes)"], at: mark)
            }
            let style = reader.scalarStyle
            let end = reader.end
            let width = end.line == mark.line ? end.column - mark.column : 1
            let bytes = reader.scalarBytes
            if style == .plain && (bytes.isEmpty || RecordBuilder.equals(bytes, "~") || RecordBuilder.equals(bytes, "null")) { return }
            builder.field(name, bytes: bytes, quoted: style.isQuoted, at: mark, width: width)
        case .sequenceStart:
            var items: [String] = []
            while case let inner = try reader.next(), inner != .sequenceEnd {
                try rejectDecorations()
                guard inner == .scalar else {
                    let at = reader.start
                    try skip(inner, depth: 4)
                    builder.error(.notASingleValue, ["what": Subject.item(of: "\(builder.name(name))"), "found": Self.words(for: inner)], at: at)
                    continue
                }
                items.append(reader.scalarText)
            }
            if builder.field(named: name) == KnownField.evidence {
                builder.list(name, items: items, at: mark, width: 1)
            } else {
                builder.error(.notASingleValue, ["what": "\(builder.name(name))", "found": Self.words(for: .sequenceStart)], at: mark)
            }
        default:
            try skip(event, depth: 3)
            builder.error(.notASingleValue, ["what": "\(builder.name(name))", "found": Self.words(for: event)], at: mark)
        }
    }

    /// Skips the rest of a value whose first event is current and sits at nesting level `level`
    /// of the file (the records list is level 1), bounded in depth as programmes are.
    private func skip(_ event: YAMLEventKind, depth level: Int) throws(YAMLError) {
        guard event == .sequenceStart || event == .mappingStart else { return }
        var depth = 1
        while depth > 0 {
            switch try reader.next() {
            case .sequenceStart, .mappingStart:
                depth += 1
                if depth + level - 1 > YAMLLimits.default.maxDepth {
                    throw YAMLError(DiagnosticCode.tooDeep.rawValue, ["limit": "\(YAMLLimits.default.maxDepth)"], at: reader.start)
                }
            case .sequenceEnd, .mappingEnd: depth -= 1
            case .streamEnd: return
            default: break
            }
        }
    }

    /// Records files are evidence: no anchors, aliases or tags.
    private func rejectDecorations() throws(YAMLError) {
        guard reader.isDecorated else { return }
        if let anchor = reader.anchor {
            throw YAMLError(DiagnosticCode.anchorInRecords.rawValue, ["name": "&\(anchor), *\(anchor)"], at: reader.start)
        }
        if let tag = reader.tag, tag != "!" {
            throw YAMLError(DiagnosticCode.customTag.rawValue, ["tag": tag], at: reader.start)
        }
    }

    /// What a YAML event starts, for "must be X, not Y" messages.
    static func words(for event: YAMLEventKind) -> LocalizedText {
        switch event {
        case .sequenceStart: LocalizedText(en: "a list", vi: "danh sách")
        case .mappingStart: LocalizedText(en: "a mapping", vi: "nhóm mục")
        case .alias: LocalizedText(en: "an alias", vi: "tham chiếu")
        default: LocalizedText(en: "a single value", vi: "một giá trị đơn")
        }
    }
}

extension YAMLRecordReader where Events == YAMLEventPipe {
    /// Reads the events of `reader` on a second thread while records are built on this one.
    init(reader: YAMLEventReader, rules: RecordRules, expectedBytes: Int?) {
        self.init(events: YAMLEventPipe(reader), rules: rules, expectedBytes: expectedBytes)
    }
}

extension YAMLRecordReader where Events == FlatRecordEvents {
    /// A reader that has read `events` (a file of the plain shape, read without libyaml) and its
    /// records; nil when there are no events or they gave up, and libyaml must read the file.
    static func reading(plain events: FlatRecordEvents?, rules: RecordRules, part: RecordFilePart = .whole,
                        expectedBytes: Int?) -> (reader: Self, builder: RecordBuilder)? {
        guard let events else { return nil }
        var reader = Self(events: events, rules: rules, part: part, expectedBytes: expectedBytes)
        let builder = reader.read()
        return events.gaveUp ? nil : (reader, builder)
    }
}
