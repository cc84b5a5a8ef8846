/// The YAML events of a programme or template written the plain way, made from its lines without
/// libyaml, with the marks, styles and bytes libyaml gives for the same file: nested block
/// mappings and lists by indentation (a list more indented than its key), each line holding
///
///     key: value               key: [value, {key: value}]        key: {key: value}
///     key:                     (a mapping or list follows, more indented; or nothing)
///     - value                  - key: value                      - {key: value}
///     # a comment, or spaces only
///
/// with keys, values and flow collections as `FlatRecordLine` reads them (one line each, ASCII
/// keys, no anchors, aliases, tags, escapes or comments after a value), flow collections nested
/// a few deep (`{during: {from: ..., to: ...}}`), lines ending in LF.
///
/// libyaml stays the parser of every other file, and the judge of this one: at the first line
/// that is not of these shapes, or when the file is not one such document, `gaveUp` is set and
/// `next()` throws at once; the caller reads the file again with libyaml, which then says what is
/// wrong, if anything. Tests hold the two side by side.
///
/// Why: libyaml's parser was a tenth of a roll-up of programmes written this way (issue 9).
public final class BlockEvents: YAMLEventSource {
    public let source: SourceFile
    /// Whether the file left the plain shapes: there are no events.
    public private(set) var gaveUp = false
    /// The line that left the plain shapes (for tests and for finding which shapes to read next).
    private(set) var leftAtLine: Int?

    private typealias Event = PlainEvent

    /// An open block collection: a mapping or list and the column (0-based) its keys or dashes are at.
    private struct Open {
        var isMapping: Bool
        var indent: Int
    }

    private var events: [Event] = []
    private var taken = 0
    private var current = Event(kind: .streamStart, start: Mark(line: 1, column: 1))
    private let bytes: [UInt8]

    public init(source: SourceFile) {
        self.source = source
        bytes = source.bytes ?? []
        // About one event for every eight bytes of a programme: room for them at once, not by doubling.
        events.reserveCapacity(bytes.count / 8 + 16)
        if !read() {
            gaveUp = true
            events = []
        }
    }

    public func next() throws(YAMLError) -> YAMLEventKind {
        guard !gaveUp else { throw YAMLError("block-events-left-to-libyaml", at: current.start) }
        // Past the end of the stream, the stream's end again (as libyaml answers).
        if taken < events.count {
            current = events[taken]
            taken += 1
        }
        return current.kind
    }

    public var start: Mark { current.start }
    public var end: Mark { current.end }
    public var scalarStyle: ScalarStyle { current.style }
    public var scalarLength: Int { current.bytes.count }
    public var scalarBytes: UnsafeRawBufferPointer {
        guard current.kind == .scalar, !current.bytes.isEmpty else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        // The bytes are the source file's, which it holds for as long as this reader lives.
        return bytes.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[current.bytes]) }
    }
    public var scalarText: String { String(decoding: bytes[current.bytes], as: UTF8.self) }
    public var isDecorated: Bool { false }
    public var anchor: String? { nil }
    public var tag: String? { nil }
    public var isImplicitDocumentMarker: Bool { true }

    /// Reads every line into `events`; false at the first thing left to libyaml.
    private func read() -> Bool {
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]), bytes.last == 0x0A else { return false }
        return bytes.withUnsafeBufferPointer { all in
            var reading = Reading(events: self, base: all.baseAddress!)
            events.append(Event(kind: .streamStart, start: Mark(line: 1, column: 1)))
            var lineStart = 0
            while lineStart < all.count {
                var lineEnd = lineStart
                while all[lineEnd] != 0x0A { lineEnd += 1 }
                let number = reading.line
                guard reading.line(from: lineStart, to: lineEnd) else {
                    leftAtLine = number
                    return false
                }
                lineStart = lineEnd + 1
            }
            return reading.finish()
        }
    }

    fileprivate func append(_ kind: YAMLEventKind, _ start: Mark, _ end: Mark? = nil, style: ScalarStyle = .plain, bytes: Range<Int> = 0..<0) {
        events.append(Event(kind: kind, start: start, end: end, style: style, bytes: bytes))
    }

    /// The walk over the lines: what is open, and where the file is.
    private struct Reading {
        unowned let events: BlockEvents
        let base: UnsafePointer<UInt8>
        /// The line being read (1-based) and the character offset of its start.
        var line = 1
        var lineOffset = 0
        var open: [Open] = []
        var started = false
        /// A `key:` with nothing after it: the column of its mapping, and the mark after its colon.
        var pendingKey: (indent: Int, after: Mark)?
        var tokens: [FlowCursor.Token] = []

        init(events: BlockEvents, base: UnsafePointer<UInt8>) {
            self.events = events
            self.base = base
        }

        mutating func line(from start: Int, to end: Int) -> Bool {
            let bytes = base + start, count = end - start
            defer { line += 1 }
            var indent = 0
            while indent < count && bytes[indent] == 0x20 { indent += 1 }
            if indent == count || bytes[indent] == UInt8(ascii: "#") {
                // A comment or a line of spaces: only its characters count.
                guard let continuations = UTF8Text.check(bytes, from: indent, to: count) else { return false }
                lineOffset += count - continuations + 1
                return true
            }
            let mark = Mark(line: line, column: indent + 1, offset: lineOffset + indent)
            var cursor = FlowCursor(bytes: bytes, count: count, index: indent)
            if bytes[indent] == UInt8(ascii: "-") {
                // A list's item: `- ` and something on the same line.
                guard indent + 2 < count, bytes[indent + 1] == 0x20 else { return false }
                guard enter(isMapping: false, at: indent, mark: mark) else { return false }
                cursor.index = indent + 1
                cursor.skipSpaces()
                guard cursor.index < count, content(&cursor, mayBeKey: true, start: start) else { return false }
            } else {
                guard enter(isMapping: true, at: indent, mark: mark) else { return false }
                guard entry(&cursor, start: start) else { return false }
            }
            cursor.skipSpaces()
            guard cursor.index == count else { return false }
            lineOffset += count - cursor.continuations + 1
            return true
        }

        /// Closes what this line ends, and opens or continues a mapping (`isMapping`) or list whose
        /// keys or dashes are at column `indent`; false when the line does not fit where it is.
        mutating func enter(isMapping: Bool, at indent: Int, mark: Mark) -> Bool {
            if let pending = pendingKey {
                pendingKey = nil
                if indent > pending.indent {
                    // What the key holds, on the lines below it.
                    open.append(Open(isMapping: isMapping, indent: indent))
                    events.append(isMapping ? .mappingStart : .sequenceStart, mark)
                    return true
                }
                events.append(.scalar, pending.after)
            }
            guard started else {
                started = true
                events.append(.documentStart, mark)
                open.append(Open(isMapping: isMapping, indent: indent))
                events.append(isMapping ? .mappingStart : .sequenceStart, mark)
                return true
            }
            while let last = open.last, last.indent > indent {
                events.append(last.isMapping ? .mappingEnd : .sequenceEnd, mark)
                open.removeLast()
            }
            guard let last = open.last, last.indent == indent, last.isMapping == isMapping else { return false }
            return true
        }

        /// A mapping's entry: its key, then its value on the line or a pending key.
        mutating func entry(_ cursor: inout FlowCursor, start: Int) -> Bool {
            let keyStart = cursor.index
            if cursor.key(into: &tokens) {
                guard cursor.index < cursor.count else { return false }
                emit(start: start)
                return content(&cursor, mayBeKey: false, start: start)
            }
            // `key:` ending the line: what it holds follows on the lines below, or nothing does.
            cursor.index = keyStart
            guard cursor.index < cursor.count, FlatRecordLine.isKeyStart(cursor.bytes[cursor.index]) else { return false }
            while cursor.index < cursor.count && FlatRecordLine.isKeyByte(cursor.bytes[cursor.index]) { cursor.index += 1 }
            guard cursor.index - keyStart <= FlatRecordLine.maxKeyLength, cursor.index < cursor.count,
                  cursor.bytes[cursor.index] == UInt8(ascii: ":") else { return false }
            let keyMark = Mark(line: line, column: keyStart + 1, offset: lineOffset + keyStart)
            events.append(.scalar, keyMark, keyMark.advanced(by: cursor.index - keyStart), bytes: (start + keyStart)..<(start + cursor.index))
            cursor.index += 1
            pendingKey = (open.last!.indent, keyMark.advanced(by: cursor.index - keyStart))
            return true
        }

        /// A value on this line at the cursor: a flow collection or a scalar, or (after a dash,
        /// `mayBeKey`) the first entry of a mapping in the list.
        mutating func content(_ cursor: inout FlowCursor, mayBeKey: Bool, start: Int) -> Bool {
            let first = cursor.bytes[cursor.index]
            if first == UInt8(ascii: "[") {
                guard cursor.sequence(into: &tokens, mappings: true) else { return false }
            } else if first == UInt8(ascii: "{") {
                guard cursor.mapping(into: &tokens, nested: true) else { return false }
            } else if mayBeKey && FlatRecordLine.isKeyStart(first) && Self.holdsKey(cursor) {
                // `- key: ...`: a mapping opens at the key's column, inside the list.
                let column = cursor.column
                open.append(Open(isMapping: true, indent: column))
                events.append(.mappingStart, Mark(line: line, column: column + 1, offset: lineOffset + column))
                return entry(&cursor, start: start)
            } else {
                guard cursor.blockValue(into: &tokens) else { return false }
            }
            emit(start: start)
            return true
        }

        /// Whether a key and its colon (then a space or the line's end) start at the cursor.
        static func holdsKey(_ cursor: FlowCursor) -> Bool {
            var index = cursor.index
            while index < cursor.count && FlatRecordLine.isKeyByte(cursor.bytes[index]) { index += 1 }
            return index < cursor.count && cursor.bytes[index] == UInt8(ascii: ":")
                && (index + 1 == cursor.count || cursor.bytes[index + 1] == 0x20)
        }

        /// The tokens read so far on this line, as events (then none are left: each line's
        /// tokens start empty, and a line that leaves the plain shapes ends the reading).
        mutating func emit(start: Int) {
            let lineMark = Mark(line: line, column: 1, offset: lineOffset)
            for token in tokens {
                let from = lineMark.advanced(by: token.column)
                events.append(token.kind, from, from.advanced(by: token.width), style: token.style,
                              bytes: token.kind == .scalar ? (start + token.bytes.lowerBound)..<(start + token.bytes.upperBound) : 0..<0)
            }
            tokens.removeAll(keepingCapacity: true)
        }

        /// The end of the file: what is open closes there.
        mutating func finish() -> Bool {
            guard started else { return false }
            let end = Mark(line: line, column: 1, offset: lineOffset)
            if let pending = pendingKey { events.append(.scalar, pending.after) }
            for collection in open.reversed() { events.append(collection.isMapping ? .mappingEnd : .sequenceEnd, end) }
            events.append(.documentEnd, end)
            events.append(.streamEnd, end)
            return true
        }
    }
}
