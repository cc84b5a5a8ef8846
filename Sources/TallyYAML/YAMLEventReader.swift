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
public enum ScalarStyle: Sendable, Equatable {
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

    /// Reads YAML from the bytes held by `source`.
    public init(source: SourceFile) {
        self.source = source
        parser = .allocate(capacity: 1)
        current = .allocate(capacity: 1)
        current.initialize(to: yaml_event_t())
        live = .allocate(capacity: 1)
        live.initialize(to: false)
        yaml_parser_initialize(parser)
        let bytes = source.bytes ?? []
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        input = buffer
        yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
    }

    /// Streams YAML from a file on disk without reading it whole.
    public init(streamingPath path: String, displayPath: String? = nil) throws(SourceReadError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(displayPath ?? path) }
        if isDirectory.boolValue { throw .isDirectory(displayPath ?? path) }
        guard let handle = fopen(path, "rb") else { throw .unreadable(displayPath ?? path) }
        source = SourceFile(path: displayPath ?? path, bytes: nil)
        file = handle
        parser = .allocate(capacity: 1)
        current = .allocate(capacity: 1)
        current.initialize(to: yaml_event_t())
        live = .allocate(capacity: 1)
        live.initialize(to: false)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_file(parser, handle)
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
        if live.pointee {
            yaml_event_delete(current)
            live.pointee = false
        }
        guard yaml_parser_parse(parser, current) == 1 else { throw parseError() }
        live.pointee = true
        switch current.pointee.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias
        case YAML_SCALAR_EVENT: return .scalar
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: return .streamEnd
        }
    }

    /// Where the current event starts (1-based).
    public var start: Mark { Self.mark(current.pointee.start_mark) }
    /// Where the current event ends (1-based).
    public var end: Mark { Self.mark(current.pointee.end_mark) }

    /// The current scalar's style.
    public var scalarStyle: ScalarStyle {
        switch current.pointee.data.scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// The current scalar's length in bytes.
    public var scalarLength: Int { current.pointee.data.scalar.length }

    /// Calls `body` with the current scalar's UTF-8 bytes, valid only inside the call.
    public func withScalarBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let data = current.pointee.data.scalar
        return try body(UnsafeRawBufferPointer(start: data.value, count: data.length))
    }

    /// The current scalar's text.
    public var scalarText: String {
        let data = current.pointee.data.scalar
        return String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
    }

    /// The current scalar's UTF-8 bytes; valid only until the next call to `next()`.
    public var scalarBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: current.pointee.data.scalar.value, count: current.pointee.data.scalar.length)
    }

    /// Whether the current event carries an anchor or an explicit tag (or is an alias): cheaper than reading them.
    public var isDecorated: Bool {
        switch current.pointee.type {
        case YAML_SCALAR_EVENT: return current.pointee.data.scalar.anchor != nil || current.pointee.data.scalar.tag != nil
        case YAML_SEQUENCE_START_EVENT: return current.pointee.data.sequence_start.anchor != nil || current.pointee.data.sequence_start.tag != nil
        case YAML_MAPPING_START_EVENT: return current.pointee.data.mapping_start.anchor != nil || current.pointee.data.mapping_start.tag != nil
        case YAML_ALIAS_EVENT: return true
        default: return false
        }
    }

    /// The anchor of the current scalar, collection or alias, if any.
    public var anchor: String? {
        let pointer: UnsafeMutablePointer<yaml_char_t>?
        switch current.pointee.type {
        case YAML_ALIAS_EVENT: pointer = current.pointee.data.alias.anchor
        case YAML_SCALAR_EVENT: pointer = current.pointee.data.scalar.anchor
        case YAML_SEQUENCE_START_EVENT: pointer = current.pointee.data.sequence_start.anchor
        case YAML_MAPPING_START_EVENT: pointer = current.pointee.data.mapping_start.anchor
        default: pointer = nil
        }
        return pointer.map { String(cString: $0) }
    }

    /// The explicit tag of the current scalar or collection, if any.
    public var tag: String? {
        let pointer: UnsafeMutablePointer<yaml_char_t>?
        switch current.pointee.type {
        case YAML_SCALAR_EVENT: pointer = current.pointee.data.scalar.tag
        case YAML_SEQUENCE_START_EVENT: pointer = current.pointee.data.sequence_start.tag
        case YAML_MAPPING_START_EVENT: pointer = current.pointee.data.mapping_start.tag
        default: pointer = nil
        }
        return pointer.map { String(cString: $0) }
    }

    /// Whether the current document start has no `---` marker (false for other events).
    public var isImplicitDocumentStart: Bool {
        current.pointee.type == YAML_DOCUMENT_START_EVENT && current.pointee.data.document_start.implicit != 0
    }

    /// Whether the current document end has no `...` marker (false for other events).
    public var isImplicitDocumentEnd: Bool {
        current.pointee.type == YAML_DOCUMENT_END_EVENT && current.pointee.data.document_end.implicit != 0
    }

    /// Whether the current collection start uses flow style (`[...]`, `{...}`).
    public var isFlow: Bool {
        switch current.pointee.type {
        case YAML_SEQUENCE_START_EVENT: current.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_MAPPING_START_EVENT: current.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        default: false
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> Mark {
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
        var place = Self.mark(parser.pointee.problem_mark)
        if parser.pointee.error == YAML_MEMORY_ERROR { place = Mark(line: 1, column: 1) }
        var lines = source.lineCount
        if lines > 1, place.line >= lines, source.line(lines)?.isEmpty == true { lines -= 1 }
        if place.line > lines, let last = source.line(lines) {
            // An error at the very end of the file: point after the last character, on the last line.
            place = Mark(line: lines, column: last.unicodeScalars.count + 1, offset: place.offset)
        }
        let contextMark = context == nil ? nil : Self.mark(parser.pointee.context_mark)
        return YAMLDiagnosis.syntaxError(problem, context: context, contextMark: contextMark, at: place, line: source.line(place.line))
    }
}
