import CYAML
import Foundation

/// The kind of one libyaml parse event.
public enum YAMLEventKind: Sendable, Equatable {
    case streamStart, streamEnd
    case documentStart, documentEnd
    case alias
    case scalar
    case sequenceStart, sequenceEnd
    case mappingStart, mappingEnd
}

/// How a scalar was written.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    /// Whether the scalar was quoted or a block scalar, so never implicitly typed.
    public var isQuoted: Bool { self != .plain }
}

/// A pull parser over libyaml's event API that owns the C parser and its input.
///
/// The current event stays valid until the next call to `next()`; scalar bytes
/// can be read without creating a `String` (see `withScalarBytes`).
public final class YAMLEventReader {
    public let source: SourceFile
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    // The current event and whether it is live live in raw memory, so that reading them costs no
    // dynamic exclusivity check (this class is on the hot path of every record file).
    private let current: UnsafeMutablePointer<yaml_event_t>
    private let live: UnsafeMutablePointer<Bool>
    private var file: UnsafeMutablePointer<FILE>?
    private var input: UnsafeMutableBufferPointer<UInt8>?
    /// Set when the file is plainly not UTF-8 text (UTF-16, an image, a spreadsheet): the first `next()` throws it.
    private var refusal: YAMLError?
    /// For a part of a file: the range libyaml reads, and the lines and characters before it,
    /// added to every mark so that places are the file's.
    private var rangeInput: RangeInput?
    private var linesBefore = 0
    private var charactersBefore = 0

    /// Reads YAML from the bytes held by `source`.
    public init(source: SourceFile) {
        self.source = source
        (parser, current, live) = Self.newParser()
        let bytes = source.bytes ?? []
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        input = buffer
        yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
        refusal = FileSniffer.refusal(Array(bytes.prefix(512)))
    }

    /// Streams YAML from a file on disk without reading it whole.
    public init(streamingPath path: String, displayPath: String? = nil) throws(SourceReadError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(displayPath ?? path) }
        if isDirectory.boolValue { throw .isDirectory(displayPath ?? path) }
        guard let handle = fopen(path, "rb") else { throw .unreadable(displayPath ?? path) }
        source = SourceFile(path: displayPath ?? path, bytes: nil)
        file = handle
        (parser, current, live) = Self.newParser()
        var head = [UInt8](repeating: 0, count: 512)
        let read = fread(&head, 1, head.count, handle)
        rewind(handle)
        refusal = FileSniffer.refusal(Array(head.prefix(read)))
        yaml_parser_set_input_file(parser, handle)
    }

    /// Streams the byte range `range` of a file on disk as if it were a whole YAML stream; marks
    /// count `linesBefore` lines and `charactersBefore` characters before it. Nil when the file
    /// cannot be opened.
    public init?(streamingPath path: String, range: Range<Int>, linesBefore: Int, charactersBefore: Int) {
        guard let input = RangeInput(path: path, range: range) else { return nil }
        source = SourceFile(path: path, bytes: nil)
        rangeInput = input
        self.linesBefore = linesBefore
        self.charactersBefore = charactersBefore
        (parser, current, live) = Self.newParser()
        yaml_parser_set_input(parser, { RangeInput.read($0, $1, $2, $3) }, Unmanaged.passUnretained(input).toOpaque())
        if range.lowerBound == 0 {
            var head = [UInt8](repeating: 0, count: 512)
            let read = pread(fileno(input.file), &head, head.count, 0)
            refusal = FileSniffer.refusal(Array(head.prefix(max(read, 0))))
        }
    }

    /// A libyaml parser, initialised, with room for the current event and whether it is live.
    private static func newParser() -> (UnsafeMutablePointer<yaml_parser_t>, UnsafeMutablePointer<yaml_event_t>, UnsafeMutablePointer<Bool>) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let current = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        current.initialize(to: yaml_event_t())
        let live = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        live.initialize(to: false)
        yaml_parser_initialize(parser)
        return (parser, current, live)
    }

    deinit {
        if live.pointee { yaml_event_delete(current) }
        current.deallocate()
        live.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
        input?.deallocate()
        if let file { fclose(file) }
    }

    /// Advances to the next event, or throws the parse error at its place.
    public func next() throws(YAMLError) -> YAMLEventKind {
        if let refusal { throw refusal }
        if live.pointee {
            yaml_event_delete(current)
            live.pointee = false
        }
        guard yaml_parser_parse(parser, current) == 1 else { throw parseError() }
        live.pointee = true
        return view.kind
    }

    /// A view of the current event.
    var view: EventView { EventView(current) }

    public var start: Mark { shifted(view.start) }
    public var end: Mark { shifted(view.end) }

    /// A mark of the part read, as a mark of the whole file.
    @inline(__always) private func shifted(_ mark: Mark) -> Mark {
        guard linesBefore != 0 || charactersBefore != 0 else { return mark }
        return Mark(line: mark.line + linesBefore, column: mark.column, offset: mark.offset + charactersBefore)
    }
    public var scalarStyle: ScalarStyle { view.scalarStyle }
    public var scalarLength: Int { view.scalarLength }
    /// The current scalar's UTF-8 bytes; valid only until the next call to `next()`.
    public var scalarBytes: UnsafeRawBufferPointer { view.scalarBytes }
    public var scalarText: String { view.scalarText }
    public var isDecorated: Bool { view.isDecorated }
    public var anchor: String? { view.anchor }
    public var tag: String? { view.tag }
    public var isImplicitDocumentStart: Bool { view.isImplicitDocumentStart }
    public var isImplicitDocumentEnd: Bool { view.isImplicitDocumentEnd }
    public var isFlow: Bool { view.isFlow }

    /// Calls `body` with the current scalar's UTF-8 bytes, valid only inside the call.
    public func withScalarBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(view.scalarBytes)
    }

    static func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: Int(mark.index))
    }

    private func parseError() -> YAMLError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown YAML error"
        if parser.pointee.error == YAML_READER_ERROR {
            var offset = parser.pointee.problem_offset
            var value = parser.pointee.problem_value
            if problem.contains("UTF-8") || problem.contains("utf-8") {
                let content = source.bytes ?? ((try? SourceFile.readBytes(source.path)) ?? [])
                if let bad = UTF8Check.firstInvalidByte(content) {
                    offset = bad
                    value = Int32(content[bad])
                }
            }
            return YAMLDiagnosis.readerError(problem, value: value, at: source.position(ofByte: offset))
        }
        let context = parser.pointee.context.map { String(cString: $0) }
        var place = shifted(Self.mark(parser.pointee.problem_mark))
        if parser.pointee.error == YAML_MEMORY_ERROR { place = Mark(line: 1, column: 1) }
        var lines = source.lineCount
        if lines > 1, place.line >= lines, source.line(lines)?.isEmpty == true { lines -= 1 }
        if place.line > lines, let last = source.line(lines) {
            // An error at the very end of the file: point after the last character, on the last line.
            place = Mark(line: lines, column: last.unicodeScalars.count + 1, offset: place.offset)
        }
        let contextMark = context == nil ? nil : shifted(Self.mark(parser.pointee.context_mark))
        return YAMLDiagnosis.syntaxError(problem, context: context, contextMark: contextMark, at: place, line: source.line(place.line))
    }
}

extension YAMLEventReader: YAMLEventSource {
    public var isImplicitDocumentMarker: Bool { view.isImplicitDocumentStart || view.isImplicitDocumentEnd }
}
