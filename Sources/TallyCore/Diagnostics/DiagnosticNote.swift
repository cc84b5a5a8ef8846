import TallyYAML

/// A second place a diagnostic points at ("first defined here"), with its own location.
/// Its words come from the catalogue entry of the diagnostic it belongs to.
public struct DiagnosticNote: Sendable {
    public var source: SourceFile?
    public var start: Mark?
    public var width: Int

    public init(source: SourceFile?, at start: Mark?, width: Int = 1) {
        self.source = source
        self.start = start
        self.width = max(1, width)
    }

    public var location: String? { DiagnosticNote.location(source, start) }

    /// `file:line:column` (or just the file, or nothing), the way editors expect it.
    static func location(_ source: SourceFile?, _ start: Mark?) -> String? {
        guard let source else { return nil }
        guard let start else { return source.path }
        return source.place(start)
    }
}
