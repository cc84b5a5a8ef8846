/// One YAML event as the readers that do without libyaml (`FlatRecordEvents`, `BlockEvents`)
/// keep it: its kind, marks, and for a scalar its style and where its bytes are.
struct PlainEvent {
    var kind: YAMLEventKind
    var start: Mark
    var end: Mark
    var style = ScalarStyle.plain
    var bytes: Range<Int> = 0..<0

    init(kind: YAMLEventKind, start: Mark, end: Mark? = nil, style: ScalarStyle = .plain, bytes: Range<Int> = 0..<0) {
        self.kind = kind
        self.start = start
        self.end = end ?? start
        self.style = style
        self.bytes = bytes
    }
}
