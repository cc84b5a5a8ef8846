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
        // A record takes at least about 30 bytes of YAML (date and activity), so the size bounds the count.
        if let size = expectedBytes, size > 1 << 20 {
            builder.records.reserve(records: size / 30, fieldsPerRecord: 3)
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
            builder.diagnostics.add(Diagnostic(.warning, "this records file is empty", fix: "add records as a list, each starting with \"- date:\"",
                                               source: reader.source, at: Mark(line: 1, column: 1)))
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
            throw YAMLError("a records file must be a list of records, not \(first == .mappingStart ? "a single mapping" : "a single value")", at: reader.start,
                            fix: "start each record with \"- \", e.g. \"- date: 2024-03-12\"")
        }
        _ = try reader.next()
        if part == .first && !reader.isImplicitDocumentMarker { unsplittable = true }
        if try reader.next() == .documentStart {
            throw YAMLError("a second YAML document starts here, and its records would be ignored", at: reader.start,
                            fix: "remove the \"---\" line so that all records form one list")
        }
    }

    private mutating func item(_ event: YAMLEventKind) throws(YAMLError) {
        try rejectDecorations()
        guard event == .mappingStart else {
            let start = reader.start
            try skip(event, depth: 2)
            builder.error("each record must be a mapping of fields (date:, activity:, ...)", at: start,
                          fix: "write the record as \"- date: 2024-03-12\" with its other fields indented below")
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
                builder.error("a field name must be a single word", at: mark, fix: "write \"name: value\"")
                continue
            }
            let name = builder.nameID(reader.scalarBytes)
            if let first = builder.firstMark(of: name) {
                let keyMark = reader.start, width = reader.scalarLength
                try skip(try reader.next(), depth: 3)
                builder.error("duplicate field \"\(builder.name(name))\" in this record (first at line \(first.line), column \(first.column))", at: keyMark,
                              width: width, fix: "keep one \"\(builder.name(name))\" and remove or rename the other")
                continue
            }
            try value(of: name)
        }
        builder.finish(at: start)
    }

    private mutating func value(of name: Int32) throws(YAMLError) {
        let event = try reader.next()
        try rejectDecorations()
        let mark = reader.start
        switch event {
        case .scalar:
            if reader.scalarLength > Self.maxScalarBytes {
                throw YAMLError("this value is \(reader.scalarLength) bytes long, more than the limit of \(Self.maxScalarBytes)", at: mark,
                                fix: "shorten it, or keep long documents in a separate file and name it in evidence")
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
                    builder.error("\(builder.name(name)) must be a list of single values", at: at, fix: "write \(builder.name(name)): [a, b]")
                    continue
                }
                items.append(reader.scalarText)
            }
            if name == KnownField.evidence {
                builder.list(name, items: items, at: mark, width: 1)
            } else {
                builder.error("\(builder.name(name)) must be a single value, not a list", at: mark, fix: "write one value; only evidence may be a list")
            }
        default:
            try skip(event, depth: 3)
            builder.error("\(builder.name(name)) must be a single value, not \(event == .mappingStart ? "a mapping" : "an alias")", at: mark,
                          fix: "write \(builder.name(name)): VALUE on one line")
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
                    throw YAMLError("values are nested more than \(YAMLLimits.default.maxDepth) levels deep", at: reader.start,
                                    fix: "records are flat: write each field as name: value")
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
            throw YAMLError("anchors and aliases (&\(anchor), *\(anchor)) are not allowed in records files", at: reader.start,
                            fix: "write each value out in full")
        }
        if let tag = reader.tag, tag != "!" {
            throw YAMLError("the tag \(tag) is not allowed in records files", at: reader.start, fix: "remove the tag")
        }
    }
}

extension YAMLRecordReader where Events == YAMLEventPipe {
    /// Reads the events of `reader` on a second thread while records are built on this one.
    init(reader: YAMLEventReader, rules: RecordRules) {
        let size = (try? FileManager.default.attributesOfItem(atPath: reader.source.path))?[.size] as? Int
        self.init(events: YAMLEventPipe(reader), rules: rules, expectedBytes: size)
    }
}
