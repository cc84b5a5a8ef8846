import CYAML

/// Writes YAML through libyaml's emitter, so user text is quoted and escaped by the
/// library rather than by string concatenation (`NO`, `1.10`, `#`, `- x`, tabs, emoji round-trip).
public final class YAMLEmitter {
    /// A value to write: text (double-quoted), a plain scalar (which libyaml quotes when plain
    /// YAML cannot hold it), or a flow list of either.
    public indirect enum Value: Sendable, Equatable {
        case text(String)
        case plain(String)
        case list([Value])
    }

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private var output: [UInt8] = []
    private var failed = false

    public init() {
        emitter = .allocate(capacity: 1)
        yaml_emitter_initialize(emitter)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_output(emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            let this = Unmanaged<YAMLEmitter>.fromOpaque(context).takeUnretainedValue()
            this.output.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    /// The YAML of a one-item block list holding one mapping: `- key: value` lines.
    /// Returns nil if libyaml refuses an event (it never should for text).
    public static func recordItem(_ fields: [(key: String, value: Value)]) -> String? {
        let writer = YAMLEmitter()
        return writer.write(fields)
    }

    private func write(_ fields: [(key: String, value: Value)]) -> String? {
        var event = yaml_event_t()
        emit { yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING) }
        emit { yaml_document_start_event_initialize(&event, nil, nil, nil, 1) }
        emit { yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
        emit { yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
        for (key, value) in fields {
            scalar(key, style: YAML_PLAIN_SCALAR_STYLE)
            write(value)
        }
        func write(_ value: Value) {
            switch value {
            case .text(let text): scalar(text, style: YAML_DOUBLE_QUOTED_SCALAR_STYLE)
            case .plain(let text): scalar(text, style: YAML_PLAIN_SCALAR_STYLE)
            case .list(let items):
                emit { yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_FLOW_SEQUENCE_STYLE) }
                for item in items { write(item) }
                emit { yaml_sequence_end_event_initialize(&event) }
            }
        }
        emit { yaml_mapping_end_event_initialize(&event) }
        emit { yaml_sequence_end_event_initialize(&event) }
        emit { yaml_document_end_event_initialize(&event, 1) }
        emit { yaml_stream_end_event_initialize(&event) }
        guard !failed else { return nil }
        var text = String(decoding: output, as: UTF8.self)
        if text.hasSuffix("...\n") { text.removeLast(4) }
        return text

        func emit(_ initialize: () -> Int32) {
            guard !failed else { return }
            if initialize() == 0 || yaml_emitter_emit(emitter, &event) == 0 { failed = true }
        }
        func scalar(_ text: String, style: yaml_scalar_style_t) {
            var bytes = Array(text.utf8) + [0]  // never empty: libyaml wants a non-null pointer
            // Both implicit flags, so libyaml never writes a tag, even when it quotes a plain value.
            emit {
                bytes.withUnsafeMutableBufferPointer { buffer in
                    yaml_scalar_event_initialize(&event, nil, nil, buffer.baseAddress, Int32(buffer.count - 1), 1, 1, style)
                }
            }
        }
    }
}
