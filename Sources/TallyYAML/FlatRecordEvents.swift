/// The YAML events of a records file written the plain way (a list of records, one field a line:
/// see `FlatRecordLine`), made from its lines without libyaml, with the marks, styles and bytes
/// libyaml gives for the same file.
///
/// libyaml stays the parser of every other file, and the judge of this one: at the first line
/// that is not of the plain shape, `next()` throws and `gaveUp` is set, and the caller reads the
/// whole file (or part) again with libyaml, which then says what is wrong, if anything. A file
/// with no record at all is left to libyaml the same way. Tests hold the two side by side.
///
/// Why: libyaml's event loop is most of what reading records costs, and on two cores it bounds
/// every check (issue 9); these lines, which is how tools and most clerks write records, need
/// none of its generality.
public final class FlatRecordEvents: YAMLEventSource {
    public let source: SourceFile
    /// Whether a line left the plain shape: the events so far are to be thrown away.
    public private(set) var gaveUp = false
    private let input: LineInput
    /// The line being read (1-based) and the character offset of its start, as marks count them.
    private var line: Int
    private var lineOffset: Int
    private var seenRecord = false
    /// Whether the part read starts the file, where a `---` line may open the document, and whether one did.
    private let startsFile: Bool
    private var explicitStart = false
    /// Whether the last record is written in block style and still open (a field line may follow).
    private var inBlockRecord = false
    /// Whether a field's key stands alone on its line, its list's first item to come; and whether
    /// that list is open (more items may follow).
    private var listToCome = false
    private var inList = false
    private var ended = false
    /// The events of the current line, taken one at a time.
    private var queue = UnsafeMutablePointer<Event>.allocate(capacity: 16)
    private var capacity = 16
    private var queued = 0
    /// The tokens of the current line, kept between lines.
    private var tokens: [FlatRecordLine.Token] = []
    private var taken = 0
    private var current = Event(kind: .streamStart, start: Mark(line: 1, column: 1))
    private var currentBytes = UnsafeRawBufferPointer(start: nil, count: 0)
    private var lineBytes: UnsafePointer<UInt8>?

    private typealias Event = PlainEvent

    /// The bytes `range` of the file at `path` (nil: the whole file), whose marks count
    /// `linesBefore` lines and `charactersBefore` characters before it; nil when the file cannot be opened.
    public init?(path: String, range: Range<Int>?, linesBefore: Int = 0, charactersBefore: Int = 0) {
        guard let input = LineInput(path: path, range: range) else { return nil }
        self.input = input
        source = SourceFile(path: path, bytes: nil)
        startsFile = (range?.lowerBound ?? 0) == 0
        line = linesBefore + 1
        lineOffset = charactersBefore
        append(Event(kind: .streamStart, start: Mark(line: line, column: 1, offset: lineOffset)))
    }

    /// How many bytes are read: the range's, or the file's size when it was opened.
    public var size: Int { input.size }

    /// The bytes held by `source`.
    public init(source: SourceFile) {
        self.source = source
        input = LineInput(bytes: source.bytes ?? [])
        startsFile = true
        line = 1
        lineOffset = 0
        append(Event(kind: .streamStart, start: Mark(line: 1, column: 1)))
    }

    deinit {
        queue.deinitialize(count: queued)
        queue.deallocate()
    }

    @inline(__always) private func append(_ event: Event) {
        if queued == capacity {
            let larger = UnsafeMutablePointer<Event>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: queue, count: queued)
            queue.deallocate()
            queue = larger
            capacity *= 2
        }
        (queue + queued).initialize(to: event)
        queued += 1
    }

    public func next() throws(YAMLError) -> YAMLEventKind {
        while taken == queued {
            queue.deinitialize(count: queued)
            queued = 0
            taken = 0
            if gaveUp { throw giveUp() }
            // Past the end of the stream, the stream's end again (as libyaml answers).
            if ended { return .streamEnd }
            try readLine()
        }
        current = queue[taken]
        taken += 1
        if current.kind == .scalar, let lineBytes {
            currentBytes = UnsafeRawBufferPointer(start: lineBytes + current.bytes.lowerBound, count: current.bytes.count)
        } else {
            // No scalar: no bytes, rather than a view of a line the buffer may have moved.
            currentBytes = UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return current.kind
    }

    /// Reads lines up to the next one with a field (or the end), queueing its events.
    private func readLine() throws(YAMLError) {
        while true {
            switch input.nextLine() {
            case .unreadable:
                throw giveUp()
            case .end:
                // A key with no list after it holds null, whose marks are libyaml's to say.
                guard seenRecord, !listToCome else { throw giveUp() }
                let end = Mark(line: line, column: 1, offset: lineOffset)
                if inList { append(Event(kind: .sequenceEnd, start: end)) }
                if inBlockRecord { append(Event(kind: .mappingEnd, start: end)) }
                for kind in [YAMLEventKind.sequenceEnd, .documentEnd, .streamEnd] { append(Event(kind: kind, start: end)) }
                ended = true
                return
            case let .line(bytes, count, terminated):
                // A CR before the LF (a file saved on Windows) is part of the line break, which
                // libyaml counts as two characters; a CR anywhere else is left to libyaml.
                let crlf = terminated && count > 0 && bytes[count - 1] == 0x0D
                // `---` alone on a line before the first record (as some tools write): libyaml's explicit document start.
                if startsFile && !seenRecord && !explicitStart && terminated && (crlf ? count - 1 : count) == 3
                    && bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: "-") && bytes[2] == UInt8(ascii: "-") {
                    let start = Mark(line: line, column: 1, offset: lineOffset)
                    append(Event(kind: .documentStart, start: start, end: start.advanced(by: 3)))
                    explicitStart = true
                    line += 1
                    lineOffset += 4 + (crlf ? 1 : 0)
                    continue
                }
                tokens.removeAll(keepingCapacity: true)
                guard let parsed = FlatRecordLine.parse(bytes, count: crlf ? count - 1 : count, into: &tokens) else { throw giveUp() }
                let start = Mark(line: line, column: 1, offset: lineOffset)
                line += 1
                lineOffset += parsed.characters + (terminated ? 1 : 0) + (crlf ? 1 : 0)
                // A comment or spaces ending the file without a line break: libyaml's marks there
                // depend on the line's length.
                if parsed.kind == .blank && !terminated { throw giveUp() }
                if parsed.kind == .blank { continue }
                // A field before any record is not a list of records, nor one after a record in braces.
                if (parsed.kind == .field || parsed.kind == .listKey) && !inBlockRecord { throw giveUp() }
                // A list's item only after its key or another item; a key alone only before an item.
                if parsed.kind == .listItem ? !(listToCome || inList) : listToCome { throw giveUp() }
                lineBytes = bytes
                queueFields(of: parsed, at: start)
                return
            }
        }
    }

    /// The events of a line with a field or a record that starts at `start`.
    private func queueFields(of parsed: FlatRecordLine, at start: Mark) {
        if parsed.kind == .listItem {
            // The list starts at its first `-` (libyaml's block sequence start, as wide as nothing).
            if listToCome { append(Event(kind: .sequenceStart, start: start.advanced(by: 4))) }
            listToCome = false
            inList = true
        } else if inList {
            // It ends where the next line's content starts: a field of the record, or the next record.
            append(Event(kind: .sequenceEnd, start: parsed.kind == .field || parsed.kind == .listKey ? start.advanced(by: 2) : start))
            inList = false
        }
        if parsed.kind == .listKey { listToCome = true }
        if parsed.kind != .field && parsed.kind != .listKey && parsed.kind != .listItem {
            if inBlockRecord {
                append(Event(kind: .mappingEnd, start: start))
            } else if !seenRecord {
                if !explicitStart { append(Event(kind: .documentStart, start: start)) }
                append(Event(kind: .sequenceStart, start: start))
                seenRecord = true
            }
            inBlockRecord = parsed.kind == .item
            if inBlockRecord { append(Event(kind: .mappingStart, start: start.advanced(by: 2))) }
        }
        for token in tokens {
            let from = start.advanced(by: token.column)
            append(Event(kind: token.kind, start: from, end: from.advanced(by: token.width), style: token.style, bytes: token.bytes))
        }
    }

    private func giveUp() -> YAMLError {
        gaveUp = true
        queue.deinitialize(count: queued)
        queued = 0
        taken = 0
        return YAMLError("flat-records-left-to-libyaml", at: current.start)
    }

    public var start: Mark { current.start }
    public var end: Mark { current.end }
    public var scalarStyle: ScalarStyle { current.style }
    public var scalarLength: Int { currentBytes.count }
    public var scalarBytes: UnsafeRawBufferPointer { currentBytes }
    public var scalarText: String { String(decoding: currentBytes, as: UTF8.self) }
    public var isDecorated: Bool { false }
    public var anchor: String? { nil }
    public var tag: String? { nil }
    public var isImplicitDocumentMarker: Bool { !(explicitStart && current.kind == .documentStart) }
}
