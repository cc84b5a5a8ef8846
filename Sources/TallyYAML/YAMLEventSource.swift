/// What reads YAML events one at a time: libyaml's parser itself (`YAMLEventReader`) or the
/// same parser on a second thread (`YAMLEventPipe`). The current event's data stays valid until
/// the next call to `next()`.
public protocol YAMLEventSource: AnyObject {
    var source: SourceFile { get }
    func next() throws(YAMLError) -> YAMLEventKind
    var start: Mark { get }
    var end: Mark { get }
    var scalarStyle: ScalarStyle { get }
    var scalarLength: Int { get }
    var scalarBytes: UnsafeRawBufferPointer { get }
    var scalarText: String { get }
    var isDecorated: Bool { get }
    var anchor: String? { get }
    var tag: String? { get }
    /// Whether the current document start has no `---`, or the current document end no `...`.
    var isImplicitDocumentMarker: Bool { get }
}
