import CYAML

/// Reads one libyaml event in place: its kind, marks, scalar and decorations.
struct EventView {
    let event: UnsafeMutablePointer<yaml_event_t>

    init(_ event: UnsafeMutablePointer<yaml_event_t>) { self.event = event }

    var kind: YAMLEventKind {
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: .streamStart
        case YAML_STREAM_END_EVENT: .streamEnd
        case YAML_DOCUMENT_START_EVENT: .documentStart
        case YAML_DOCUMENT_END_EVENT: .documentEnd
        case YAML_ALIAS_EVENT: .alias
        case YAML_SCALAR_EVENT: .scalar
        case YAML_SEQUENCE_START_EVENT: .sequenceStart
        case YAML_SEQUENCE_END_EVENT: .sequenceEnd
        case YAML_MAPPING_START_EVENT: .mappingStart
        case YAML_MAPPING_END_EVENT: .mappingEnd
        default: .streamEnd
        }
    }

    /// Where the event starts (1-based).
    var start: Mark { YAMLEventReader.mark(event.pointee.start_mark) }
    /// Where the event ends (1-based).
    var end: Mark { YAMLEventReader.mark(event.pointee.end_mark) }

    var scalarStyle: ScalarStyle {
        switch event.pointee.data.scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    var scalarLength: Int { event.pointee.data.scalar.length }

    var scalarBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: event.pointee.data.scalar.value, count: event.pointee.data.scalar.length)
    }

    var scalarText: String { String(decoding: scalarBytes, as: UTF8.self) }

    /// Whether the event carries an anchor or an explicit tag (or is an alias): cheaper than reading them.
    var isDecorated: Bool {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: event.pointee.data.scalar.anchor != nil || event.pointee.data.scalar.tag != nil
        case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.anchor != nil || event.pointee.data.sequence_start.tag != nil
        case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.anchor != nil || event.pointee.data.mapping_start.tag != nil
        case YAML_ALIAS_EVENT: true
        default: false
        }
    }

    /// The anchor of a scalar, collection or alias, if any.
    var anchor: String? {
        let pointer: UnsafeMutablePointer<yaml_char_t>?
        switch event.pointee.type {
        case YAML_ALIAS_EVENT: pointer = event.pointee.data.alias.anchor
        case YAML_SCALAR_EVENT: pointer = event.pointee.data.scalar.anchor
        case YAML_SEQUENCE_START_EVENT: pointer = event.pointee.data.sequence_start.anchor
        case YAML_MAPPING_START_EVENT: pointer = event.pointee.data.mapping_start.anchor
        default: pointer = nil
        }
        return pointer.map { String(cString: $0) }
    }

    /// The explicit tag of a scalar or collection, if any.
    var tag: String? {
        let pointer: UnsafeMutablePointer<yaml_char_t>?
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: pointer = event.pointee.data.scalar.tag
        case YAML_SEQUENCE_START_EVENT: pointer = event.pointee.data.sequence_start.tag
        case YAML_MAPPING_START_EVENT: pointer = event.pointee.data.mapping_start.tag
        default: pointer = nil
        }
        return pointer.map { String(cString: $0) }
    }

    var isImplicitDocumentStart: Bool {
        event.pointee.type == YAML_DOCUMENT_START_EVENT && event.pointee.data.document_start.implicit != 0
    }

    var isImplicitDocumentEnd: Bool {
        event.pointee.type == YAML_DOCUMENT_END_EVENT && event.pointee.data.document_end.implicit != 0
    }

    /// Whether a collection start uses flow style (`[...]`, `{...}`).
    var isFlow: Bool {
        switch event.pointee.type {
        case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        default: false
        }
    }
}
